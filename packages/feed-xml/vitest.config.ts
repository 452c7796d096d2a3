import { datelineProject } from "../../vitest.project.js";

export default datelineProject("feed-xml", undefined, { isolate: false });
