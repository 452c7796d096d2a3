export { toJsonLd, type JsonLdOptions } from "./to-json-ld.js";
export { toJsonLdScript } from "./to-json-ld-script.js";
export { jsonLdWarnings } from "./json-ld-warnings.js";
export { injectJsonLd, type InjectOptions } from "./inject-json-ld.js";
