import { datelineProject } from "../../vitest.project.js";

export default datelineProject("rss", ["src/**/*.test.ts", "test/**/*.test.ts"], { isolate: false });
