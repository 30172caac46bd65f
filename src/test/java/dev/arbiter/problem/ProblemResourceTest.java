package dev.arbiter.problem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** The catalog API over the seed catalog in problems/. */
@QuarkusTest
class ProblemResourceTest {

    @Test
    void listsTheSeedCatalog() {
        given().get("/api/problems?size=200")
                .then().statusCode(200)
                .body("total", greaterThanOrEqualTo(20))
                .body("items.slug", hasItem("two-sum"))
                .body("items.slug", hasItem("lru-cache"));
    }

    @Test
    void filtersByDifficultyTagAndText() {
        given().get("/api/problems?difficulty=hard&size=200")
                .then().statusCode(200).body("items.difficulty", everyItem(equalTo("hard")))
                .body("items.slug", hasItem("trapping-rain-water"));
        given().get("/api/problems?tag=linked-list")
                .then().statusCode(200).body("items.slug", hasItem("reverse-linked-list"));
        given().get("/api/problems?q=ANAGRAM")
                .then().statusCode(200).body("items.slug", hasItem("group-anagrams"));
    }

    @Test
    void paginates() {
        given().get("/api/problems?size=5&page=1")
                .then().statusCode(200).body("items", hasSize(5)).body("page", equalTo(1)).body("size", equalTo(5));
        given().get("/api/problems?size=0").then().statusCode(400).body("message", containsString("size"));
    }

    @Test
    void detailHasStatementSamplesSignatureAndStarterCodeButNoSecretTests() {
        given().get("/api/problems/two-sum")
                .then().statusCode(200)
                .body("title", notNullValue())
                .body("statementHtml", containsString("<p>"))
                .body("samples.size()", greaterThanOrEqualTo(1))
                .body("samples.name", everyItem(containsString("sample/")))
                .body("spec.signature.method", equalTo("twoSum"))
                .body("starterCode.java", containsString("public int[] twoSum(int[] nums, int target)"))
                .body("starterCode.python", containsString("def twoSum(self, nums: List[int], target: int) -> List[int]:"))
                .body("limits.memoryMb", equalTo(256))
                .body(not(containsString("secret/")));
    }

    @Test
    void designProblemsGetAClassSkeleton() {
        given().get("/api/problems/lru-cache")
                .then().statusCode(200)
                .body("mode", equalTo("design"))
                .body("starterCode.java", containsString("public LRUCache(int capacity)"))
                .body("starterCode.python", containsString("def put(self, key: int, value: int) -> None:"));
    }

    @Test
    void unknownProblemIsAJson404() {
        given().get("/api/problems/no-such-problem")
                .then().statusCode(404).body("status", equalTo(404)).body("message", containsString("no-such-problem"));
    }

    @Test
    void aNulInTheUrlIsA400WithAMessageNotAServerError() {
        // PostgreSQL cannot take a NUL in text: a slug or a filter holding one ended as a 500 with a stack trace logged
        for (String url : java.util.List.of("/api/problems/two-sum%00", "/api/problems?difficulty=easy%00",
                "/api/problems?q=%00", "/api/sets/%00")) {
            given().urlEncodingEnabled(false).get(url).then().statusCode(400)
                    .body("message", containsString("%00, a NUL character"));
        }
        given().queryParam("tag", "array\0").get("/api/problems").then().statusCode(400);
        given().get("/api/problems?difficulty=easy").then().statusCode(200);
    }

    @Test
    void aUrlValueOfTheWrongTypeSaysWhichValue() {
        given().get("/api/problems?page=abc").then().statusCode(404)
                .body("message", equalTo("Not found: a value in the URL is not of its type (For input string: \"abc\")"));
    }

    @Test
    void aStatementShowsItsPackagesImagesServedFromItsOwnVersionForGood() throws java.io.IOException {
        var detail = given().get("/api/problems/binary-tree-level-order-traversal").then().statusCode(200).extract().jsonPath();
        String url = "/api/problems/binary-tree-level-order-traversal/versions/" + detail.getString("version")
                + "/images/images/example-1.svg";
        assertThat(detail.getString("statementHtml")).contains("<img src=\"" + url + "\" alt=\"The tree of example 1: ");

        byte[] served = given().get(url).then().statusCode(200).contentType("image/svg+xml")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", containsString("sandbox"))
                .header("Cache-Control", containsString("immutable"))
                .extract().asByteArray();
        assertThat(served).isEqualTo(java.nio.file.Files.readAllBytes(
                java.nio.file.Path.of("problems/binary-tree-level-order-traversal/images/example-1.svg")));

        // only the version's own images, by their exact names, of a published version
        given().get(url.replace("example-1.svg", "example-2.svg")).then().statusCode(404)
                .body("message", containsString("No image 'images/example-2.svg'"));
        given().urlEncodingEnabled(false).get(url.replace("images/images/", "images/images/..%2F..%2Fstatement.md")).then().statusCode(404);
        given().get(url.replace(detail.getString("version"), "0000000000000000")).then().statusCode(404)
                .body("message", containsString("No published version '0000000000000000'"));
        given().get("/api/problems/two-sum/versions/" + detail.getString("version") + "/images/images/example-1.svg")
                .then().statusCode(404);
    }

    @Test
    void openApiAndHealthAreServed() {
        given().get("/q/openapi?format=json").then().statusCode(200).body("paths", notNullValue());
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
