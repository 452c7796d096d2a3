import { datelineProject } from "../../vitest.project.js";

export default datelineProject("html", undefined, { isolate: false });
