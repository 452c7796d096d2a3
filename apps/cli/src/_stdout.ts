/**
 * A reader that stops early (`dateline parse x | head -c1`) is not an error: stop quietly. Any other
 * failure to write standard output is reported; the reporter is loaded only then, so a run that
 * only prints its help loads nothing more.
 */
export function stopQuietlyWhenStdoutCloses(): void {
  process.stdout.on("error", async (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    const { EXIT_INPUT, reportError } = await import("./_report.js");
    reportError(error, "standard output");
    process.exit(EXIT_INPUT);
  });
}
