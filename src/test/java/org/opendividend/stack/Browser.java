package org.opendividend.stack;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.events.EventFiringDecorator;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Debian's headless Chromium driven by Selenium, given the binary and the driver explicitly so that Selenium
 * Manager never tries to download one (there is no internet here). One browser per test, with its own profile.
 * Every page of the application it lands on is scanned with axe-core ({@link EveryPageScan}); closing it fails on
 * a serious or critical accessibility violation found on any of them, and on any Content-Security-Policy violation
 * the browser reported on them ({@link PolicyViolations}).
 */
public final class Browser implements AutoCloseable {

    private final ChromeDriver chromium;
    private final WebDriver driver;
    private final EveryPageScan accessibility;
    private final PolicyViolations policyViolations = new PolicyViolations(() -> this.appUrl);
    private final WebDriverWait wait;
    private String appUrl = RunningStack.appUrl();
    private String keycloakUrl = RunningStack.keycloakUrl();

    public Browser(String language) throws Exception {
        this(language, null);
    }

    /** A browser of the stack at these addresses (one of a test's own, not {@link RunningStack}). */
    public Browser(String language, String appUrl, String keycloakUrl) throws Exception {
        this(language, null);
        this.appUrl = appUrl;
        this.keycloakUrl = keycloakUrl;
    }

    /** A browser that saves downloads, without asking, into {@code downloads} (when not null). */
    public Browser(String language, Path downloads) throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(executable("chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1024", "--lang=" + language,
                "--user-data-dir=" + Files.createTempDirectory("od-chromium"));
        Map<String, Object> prefs = new java.util.HashMap<>(Map.of("intl.accept_languages", language));
        if (downloads != null) {
            prefs.putAll(Map.of("download.default_directory", downloads.toAbsolutePath().toString(),
                    "download.prompt_for_download", false, "download.directory_upgrade", true));
        }
        options.setExperimentalOption("prefs", prefs);
        options.setCapability("goog:loggingPrefs", PolicyViolations.consoleLogged());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(executable("chromedriver", "/usr/bin/chromedriver")))
                .build();
        chromium = new ChromeDriver(service, options);
        chromium.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        accessibility = new EveryPageScan(chromium, () -> this.appUrl);
        driver = new EventFiringDecorator<WebDriver>(accessibility).decorate(chromium);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    private static String executable(String name, String fallback) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return fallback;
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser open(String path) {
        driver.get(appUrl + path);
        return this;
    }

    /**
     * Fills Keycloak's real login page, which the browser must be on, and submits it; when Keycloak then asks for a
     * one-time code (the demo approvers and finance users), types the current one ({@link OneTimeCodes}).
     */
    public Browser loginOnKeycloakPage(String username, String password) {
        submitPasswordOnKeycloakPage(username, password);
        wait.until(d -> d.getCurrentUrl().startsWith(appUrl) || onOneTimeCodePage());
        if (onOneTimeCodePage()) {
            enterOneTimeCode(OneTimeCodes.next(username));
            wait.until(d -> d.getCurrentUrl().startsWith(appUrl) || hasOneTimeCodeError());
            if (!driver.getCurrentUrl().startsWith(appUrl)) {
                // the code was taken by another login of the same user in this step (Keycloak takes each once)
                enterOneTimeCode(OneTimeCodes.afterRefusal(username));
            }
        }
        wait.until(d -> d.getCurrentUrl().startsWith(appUrl));
        return this;
    }

    /**
     * Fills Keycloak's login page with a login and password and submits it, and no more: what follows (the
     * application, or Keycloak's page asking an approver or finance user for a one-time code) is the caller's.
     */
    public Browser submitPasswordOnKeycloakPage(String username, String password) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        if (!driver.getCurrentUrl().startsWith(keycloakUrl)) {
            throw new AssertionError("not on Keycloak's login page: " + driver.getCurrentUrl());
        }
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
        return this;
    }

    /** Whether the browser is on Keycloak's page asking for a one-time code (OTP Form). */
    public boolean onOneTimeCodePage() {
        return driver.getCurrentUrl().startsWith(keycloakUrl) && !driver.findElements(By.id("kc-otp-login-form")).isEmpty();
    }

    /** Whether Keycloak's one-time code page says the code was refused. */
    public boolean hasOneTimeCodeError() {
        return onOneTimeCodePage() && !driver.findElements(By.id("input-error-otp")).isEmpty();
    }

    /** Types {@code code} into Keycloak's one-time code page, which the browser must be on, and submits it. */
    public Browser enterOneTimeCode(String code) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("otp")));
        if (!onOneTimeCodePage()) {
            throw new AssertionError("not on Keycloak's one-time code page: " + driver.getCurrentUrl());
        }
        driver.findElement(By.id("otp")).clear();
        driver.findElement(By.id("otp")).sendKeys(code);
        driver.findElement(By.id("kc-login")).click();
        return this;
    }

    /**
     * Registers a new person from Keycloak's login page ("Register") and waits until Keycloak sends them back to the
     * application, logged in.
     */
    public Browser registerOnKeycloakPage(String username, String email, String password) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#kc-registration a"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kc-register-form")));
        driver.findElement(By.id("firstName")).sendKeys("雅琪");
        driver.findElement(By.id("lastName")).sendKeys("林");
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("password-confirm")).sendKeys(password);
        driver.findElement(By.cssSelector("#kc-register-form [type=submit]")).click();
        wait.until(d -> d.getCurrentUrl().startsWith(appUrl));
        return this;
    }

    public String text(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id))).getText();
    }

    public boolean has(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    public void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    /**
     * Waits for a download into {@code directory} whose name ends with {@code extension} and is not {@code known}
     * (Chromium writes {@code .crdownload} until the file is complete), and answers it.
     */
    public Path downloaded(Path directory, String extension, java.util.Set<Path> known) {
        return new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> {
            try (var files = Files.list(directory)) {
                return files.filter(f -> f.getFileName().toString().endsWith(extension) && !known.contains(f))
                        .findFirst().orElse(null);
            } catch (java.io.IOException e) {
                return null;
            }
        });
    }

    public WebDriverWait waiting() {
        return wait;
    }

    public String lang() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    @Override
    public void close() {
        try {
            accessibility.scanLastPage();
            policyViolations.read(chromium);
        } finally {
            driver.quit();
        }
        policyViolations.assertNone();
        accessibility.assertNoViolation();
    }
}
