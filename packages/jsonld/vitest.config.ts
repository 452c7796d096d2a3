import { datelineProject } from "../../vitest.project.js";

export default datelineProject("jsonld", undefined, { isolate: false });
