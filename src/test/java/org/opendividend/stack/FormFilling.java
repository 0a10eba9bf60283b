package org.opendividend.stack;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** Typing into Faces forms the way a person does, by the ids the pages give their fields. */
public final class FormFilling {

    private final WebDriver driver;

    public FormFilling(WebDriver driver) {
        this.driver = driver;
    }

    public FormFilling type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Sets a field that has a browser-native picker (date and time), as typing into those depends on the locale. */
    public FormFilling set(String id, String value) {
        ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
        return this;
    }

    public FormFilling check(String name, String value) {
        WebElement box = driver.findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']"));
        if (!box.isSelected()) {
            box.click();
        }
        return this;
    }

    /** Ticks a single checkbox by its id. */
    public FormFilling tick(String id) {
        WebElement box = driver.findElement(By.id(id));
        if (!box.isSelected()) {
            box.click();
        }
        return this;
    }

    public String value(String id) {
        return driver.findElement(By.id(id)).getAttribute("value");
    }

    /** Opens a tab of a PrimeFaces tab view by the tab's client id. */
    public FormFilling tab(String tabId) {
        driver.findElement(By.cssSelector("a[href='#" + tabId + "']")).click();
        return this;
    }

    /** Clicks a button that submits the whole page and waits for the new page. */
    public FormFilling submit(String id) {
        WebElement button = driver.findElement(By.id(id));
        button.click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(30))
                .until(d -> isGone(button));
        return this;
    }

    /**
     * Whether the page that held the element was replaced. Chromium reports that either as a stale element or, while
     * the new document is being built, as an inspector error about a node that no longer belongs to the document.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException gone) {
            return true;
        } catch (org.openqa.selenium.WebDriverException replaced) {
            return String.valueOf(replaced.getMessage()).contains("does not belong to the document");
        }
    }
}
