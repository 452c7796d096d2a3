import { datelineProject } from "../../vitest.project.js";

export default datelineProject("schema", undefined, { isolate: false });
