export { toPdf, toPdfStream, type PdfOptions } from "./to-pdf.js";
