import com.adobe.epubcheck.tool.EpubChecker;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * EPUBCheck's own command line, run once per request inside one JVM: a test
 * file pays for one JVM start and warm-up instead of one per book (EPUBCheck
 * 4.2 checks only one file per run). Each line on standard input is
 * "<book.epub>TAB<report.json>"; each answer is one line on standard output,
 * the run's exit status, written after the JSON report.
 */
public class EpubcheckServer {
  public static void main(String[] args) throws Exception {
    PrintStream answers = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    // EPUBCheck prints its progress on standard output: send that to standard error so answers stay one line each.
    System.setOut(System.err);
    BufferedReader requests = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line; (line = requests.readLine()) != null; ) {
      String[] paths = line.split("\t", 2);
      answers.println(new EpubChecker().run(new String[] {paths[0], "--json", paths[1]}));
    }
  }
}
