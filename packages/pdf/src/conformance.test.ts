import { exporterConformance } from "@dateline/test-kit/conformance";
import { render, useScratch, validate } from "./_pdf-checks.test-helpers.js";

// Every fixture through toPdf: renders, the same bytes twice, and qpdf, poppler and the text read back find nothing wrong.
useScratch();
exporterConformance({ name: "pdf", render: (articles) => render(articles), validate });
