package org.opendividend.devstack;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The README's Run command ({@code mvn -Prun package} ends here): starts the whole stack ({@link DevStack}) on the
 * Run command's ports, prints where it is and who can log in, prints the subject of every mail the application sends
 * (caught, never delivered), and runs until Ctrl-C, which stops both servers.
 */
public final class RunCommand {

    private RunCommand() {
    }

    /** A port of the Run command, 8080 and 8180 unless the environment moves it (README, Run). */
    private static int port(String variable, int fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
    }

    /** The README's Run command ends here: start everything, print where it is and who can log in, run until Ctrl-C. */
    public static void main(String[] args) throws Exception {
        Path baseDir = Path.of("").toAbsolutePath();
        DevStack.Settings settings = new DevStack.Settings(baseDir,
                Path.of(System.getenv("OD_KEYCLOAK_HOME")),
                Path.of(System.getenv("OD_PAYARA_MICRO_JAR")),
                Path.of(System.getenv("OD_WAR")),
                // a database named in the environment (e.g. PostgreSQL, see the README) wins over the H2 default
                Optional.ofNullable(System.getenv("OPENDIVIDEND_DB_URL")).orElse(DevStack.Settings.h2In(baseDir.resolve("data"))),
                baseDir.resolve("data/files"), port("OD_APP_PORT", 8080), port("OD_KEYCLOAK_PORT", 8180), false);
        DevStack stack = new DevStack(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping the application and Keycloak …");
            stack.close();
        }));
        stack.start();
        System.out.println(DemoLogins.banner(settings));
        int shown = 0;
        while (!stack.anyStopped()) {
            Thread.sleep(1000);
            var received = stack.mails().received();
            for (; shown < received.size(); shown++) {
                var mail = received.get(shown);
                System.out.println("Mail caught for " + java.util.Arrays.toString(mail.getAllRecipients()) + ": "
                        + MailCatcher.subject(mail));
            }
        }
        System.err.println("A server stopped on its own; logs are in " + settings.logDir());
        System.exit(1);
    }
}
