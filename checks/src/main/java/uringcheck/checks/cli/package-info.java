/**
 * The {@code uringcheck} command line (picocli): {@code check}, {@code replay}, {@code list},
 * {@code obligations} (the list, the proof-obligation document, the audit of a mailed patch), {@code bench},
 * {@code soundness}, with {@code --json} for machines. {@code main} runs over the shipped scenario catalogue;
 * {@code check FILE...} and {@code replay --scenario FILE} read scenario files ({@link
 * uringcheck.checks.cli.ScenarioFiles}, through {@link uringcheck.checks.cli.TextInput}, which refuses what
 * is not a UTF-8 text file), whose problems {@link uringcheck.checks.cli.Main} prints with exit status 2.
 * A SIGINT stops the searches and the run reports what they explored ({@link uringcheck.checks.cli.SigInt}).
 *
 * <p>Entry points: {@link uringcheck.checks.cli.Main#main} and
 * {@link uringcheck.checks.cli.Main#commandLine} (for tests and embedding); add a subcommand by listing
 * its class in {@link uringcheck.checks.cli.Main#SUBCOMMANDS}. Exit statuses are the constants of
 * {@link uringcheck.checks.cli.Main}.
 */
package uringcheck.checks.cli;
