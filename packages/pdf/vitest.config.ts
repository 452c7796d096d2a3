import { datelineProject, LONG_POLE_WORKERS } from "../../vitest.project.js";

export default datelineProject("pdf", undefined, { maxWorkers: LONG_POLE_WORKERS, isolate: false });
