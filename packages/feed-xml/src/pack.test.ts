import { fileURLToPath } from "node:url";
import { packConformance } from "@dateline/test-kit/conformance";

packConformance(fileURLToPath(new URL("..", import.meta.url)));
