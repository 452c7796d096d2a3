import { datelineProject } from "../../vitest.project.js";

export default datelineProject("ingest", undefined, { isolate: false });
