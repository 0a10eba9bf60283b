package org.opendividend.registry.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.opendividend.registry.GrantPackageSchema;
import org.opendividend.stack.Browser;
import org.opendividend.stack.Downloads;
import org.opendividend.stack.RunningStack;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An anonymous visitor in the public registry, in Chinese and in English, on the demo data: from the home page to
 * {@code /registry/} (which announces its Atom feed), filters by Hakka, opens a project and sees its outputs with
 * their states (verified with the time in Taipei, planned) and money, opens a paid one and sees its payments and its
 * model verified at MOF class III, and downloads the CSV and the 360Giving file and reads them. Every page is scanned by axe ({@link Browser}).
 */
@ExtendWith(RunningStack.class)
class RegistryJourneyIT {

    @Test
    void aVisitorFindsTheHakkaProjectsTheirMoneyAndOutputsInChinese() throws Exception {
        journey("zh-TW");
    }

    @Test
    void aVisitorFindsTheHakkaProjectsTheirMoneyAndOutputsInEnglish() throws Exception {
        journey("en");
    }

    private static void journey(String language) throws Exception {
        boolean chinese = language.startsWith("zh");
        Path downloads = Files.createTempDirectory("od-registry");
        try (Browser visitor = new Browser(language, downloads)) {
            visitor.open("/");
            visitor.click("nav-registry");
            visitor.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("registry-title")));
            assertEquals(chinese ? "受補助計畫公開登錄" : "Registry of funded projects", visitor.text("registry-title"));
            assertTrue(visitor.has("figures-ministry") && visitor.has("figures-language") && visitor.has("figures-openness"));
            assertFalse(visitor.driver().findElements(By.cssSelector("#registry-figures canvas")).isEmpty(), "charts drawn");
            assertFalse(visitor.has("project-1009-3"), "the declined award is not listed");
            assertEquals(1, visitor.driver().findElements(By.cssSelector(
                    "head link[rel='alternate'][type='application/atom+xml'][href$='/api/v1/registry/outputs.atom']")).size(),
                    "the registry announces its feed of verified outputs");
            assertTrue(visitor.has("registry-feed-link"));

            // a page at a time: one project per page here, since the demo has fewer than a page of 20
            visitor.open("/registry/?size=1");
            visitor.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("registry-pager")));
            List<WebElement> firstPage = visitor.driver().findElements(By.cssSelector("article.od-project"));
            assertEquals(1, firstPage.size(), "one project on a page of one");
            String first = firstPage.get(0).getAttribute("data-number");
            assertTrue(visitor.text("registry-pager-position").startsWith(chinese ? "第 1 頁" : "Page 1 of"),
                    visitor.text("registry-pager-position"));
            assertFalse(visitor.has("registry-pager-previous"), "no page before the first");
            visitor.click("registry-pager-next");
            visitor.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("registry-pager-previous")));
            assertTrue(visitor.driver().getCurrentUrl().contains("page=2"), visitor.driver().getCurrentUrl());
            String second = visitor.driver().findElement(By.cssSelector("article.od-project")).getAttribute("data-number");
            assertFalse(first.equals(second), "the next page shows the next project: " + first + ", " + second);
            visitor.open("/registry/?page=abc");
            assertTrue(visitor.has("registry-ignored"), "an unreadable page is named and the first page shown");
            assertTrue(visitor.text("registry-ignored").contains(chinese ? "頁次" : "Page"), visitor.text("registry-ignored"));
            visitor.open("/registry/");

            new Select(visitor.driver().findElement(By.id("filter-language"))).selectByValue("hak");
            visitor.click("registry-filter-submit");
            visitor.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("registry-filter-reset")));
            List<String> listed = visitor.driver().findElements(By.cssSelector("article.od-project")).stream()
                    .map(a -> a.getAttribute("data-number")).toList();
            assertTrue(listed.containsAll(List.of("1008-1", "1009-2")), "the Hakka projects at "
                    + visitor.driver().getCurrentUrl() + ": " + listed);
            assertFalse(listed.contains("1009-1"), "the Amis project is not Hakka: " + listed);
            assertEquals(chinese ? "客語" : "Hakka", visitor.driver().findElement(
                    By.cssSelector("#project-1009-2 .od-project-languages span[data-code='hak']")).getText());

            Path csv = Downloads.download(visitor, "registry-csv-link", ".csv", downloads);
            List<List<String>> rows = Downloads.csv(csv);
            assertEquals("number", rows.get(0).get(0));
            List<String> numbers = rows.subList(1, rows.size()).stream().map(r -> r.get(0)).toList();
            assertTrue(numbers.contains("1009-2") && !numbers.contains("1009-1"), "the filtered CSV: " + numbers);

            Path grants = Downloads.download(visitor, "registry-360-link", ".json", downloads);
            String json = Files.readString(grants);
            assertEquals(Set.of(), GrantPackageSchema.problems(json));
            List<String> ids = Json.createReader(new StringReader(json)).readObject().getJsonArray("grants")
                    .getValuesAs(JsonObject.class).stream().map(g -> g.getString("id")).toList();
            assertTrue(ids.contains("360G-opendividend-1009-2") && !ids.contains("360G-opendividend-1009-3"), ids.toString());

            visitor.driver().findElement(By.cssSelector("#project-1009-2 a.od-project-link")).click();
            visitor.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("project-outputs")));
            assertEquals(chinese ? "客語與泰雅語語音辨識評測基準" : "Hakka and Atayal speech recognition benchmark",
                    visitor.text("project-title"));
            List<WebElement> outputs = visitor.driver().findElements(By.cssSelector("#project-output-table tr.od-output"));
            assertEquals(2, outputs.size());
            assertEquals(chinese ? "已驗證開放" : "Verified open",
                    outputs.get(0).findElement(By.className("od-output-state")).getText());
            assertTrue(outputs.get(0).findElement(By.className("od-output-verified")).getText()
                    .matches((chinese ? "驗證於 " : "verified on ") + "\\d{4}-\\d{2}-\\d{2} 15:00:00"),
                    "verified at 15:00 Taipei time: " + outputs.get(0).getText());
            assertTrue(outputs.get(0).findElement(By.className("od-output-licence")).getText().contains("CC-BY-4.0"));
            assertEquals("https://zenodo.org/records/demo-3402",
                    outputs.get(0).findElement(By.className("od-output-link")).getAttribute("href"));
            assertEquals(chinese ? "規劃中" : "Planned", outputs.get(1).findElement(By.className("od-output-state")).getText());
            assertTrue(outputs.get(1).findElements(By.className("od-output-verified")).isEmpty());
            assertEquals(chinese ? "新臺幣 800,000 元" : "NT$ 800,000", visitor.driver().findElement(By.cssSelector(".od-project-awarded")).getText());
            assertTrue(visitor.has("project-no-payments"), "nothing paid yet");
            assertEquals(List.of("moc", "nstc"), visitor.driver().findElements(By.cssSelector("#project-ministries tbody tr"))
                    .stream().map(r -> r.getAttribute("data-code")).toList());

            visitor.open("/registry/project.xhtml?id=1009-1");
            visitor.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("project-payments")));
            WebElement model = visitor.driver().findElement(By.cssSelector("#project-output-table tr.od-output[data-type='MODEL_WEIGHTS']"));
            assertEquals("VERIFIED", model.getAttribute("data-state"));
            assertEquals(chinese ? "第 III 級" : "Class III", model.findElement(By.className("od-output-mof")).getText());
            assertTrue(model.findElement(By.className("od-output-licence")).getText().contains("Apache-2.0"));
            WebElement tools = visitor.driver().findElement(By.cssSelector("#project-output-table tr.od-output[data-type='CODE']"));
            assertEquals(chinese ? "已檢查" : "Checked", tools.findElement(By.className("od-output-state")).getText());
            assertTrue(tools.findElements(By.className("od-output-mof")).isEmpty(), "code has no MOF class");
            assertEquals(2, visitor.driver().findElements(By.cssSelector("#project-payments tbody tr")).size());
            assertEquals(chinese ? "新臺幣 600,000 元" : "NT$ 600,000", visitor.driver().findElement(By.cssSelector(".od-project-disbursed")).getText());

            visitor.open("/registry/project.xhtml?id=1009-3");
            assertFalse(visitor.driver().getPageSource().contains("泰雅語口述歷史"), "a declined award has no page");
        }
    }
}
