// Preloaded into the CLI by the end-to-end tests (node --import), and imported by the tests that run
// the program in their own process: every host
// under example.com and example.org resolves to 127.0.0.1, like a hosts file,
// so articles can name real-looking http(s) URLs (the schema refuses IP
// addresses) while every request goes to the test's own server.
import dns from "node:dns";

const TEST_DOMAINS = /(^|\.)example\.(com|org)$/i;
const resolveAnywhere = dns.lookup;

dns.lookup = function lookup(hostname, options, callback) {
  if (!TEST_DOMAINS.test(hostname)) return resolveAnywhere.call(this, hostname, options, callback);
  const done = typeof options === "function" ? options : callback;
  const all = typeof options === "object" && options !== null && options.all;
  if (all) process.nextTick(done, null, [{ address: "127.0.0.1", family: 4 }]);
  else process.nextTick(done, null, "127.0.0.1", 4);
};
