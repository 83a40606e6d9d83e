namespace Dataset.Generators.Tests.Diagnostics;

/// <summary>Where a document was read: its <c>url</c> and <c>retrieved</c> date, each checked where it is written.</summary>
public partial class DiagnosticTests
{
    [Fact]
    public void DS0040_url_that_is_not_an_absolute_http_address_is_an_error_at_its_value() =>
        Run(Edit("  text: article.txt\n", "  text: article.txt\n  url: {|DS0040:www.dawn.com/news/1716543|}\n")).Says(
            "error: 'www.dawn.com/news/1716543' is not an absolute http or https URL; write the address the article was read at, for example " +
                "https://www.example.com/news/talks-resume");

    [Theory]
    [InlineData("ftp://example.com/a.txt")]
    [InlineData("https://")]
    [InlineData("https://example.com/a b")]
    public void DS0040_other_schemes_no_host_and_white_space_are_refused(string url) =>
        Run(Edit("  text: article.txt\n", $"  text: article.txt\n  url: {{|DS0040:\"{url}\"|}}\n"));

    [Fact]
    public void DS0041_retrieved_before_publication_is_an_error_at_its_value() =>
        Run(Edit("  text: article.txt\n", "  text: article.txt\n  retrieved: {|DS0041:2022-10-21|}\n")).Says(
            "error: The document was retrieved on 2022-10-21, before it was published on 2022-10-22; give the date the text was read at its url");

    [Fact]
    public void A_retrieved_date_that_does_not_exist_is_DS0006_as_every_date() =>
        Run(Edit("  text: article.txt\n", "  text: article.txt\n  retrieved: {|DS0006:2022-11-31|}\n")).Says(
            "error: '2022-11-31' is not a date: write a day that exists on the calendar as YYYY-MM-DD, for example 2022-10-21");

    [Fact]
    public void A_url_and_a_later_retrieval_date_are_generated_on_the_document()
    {
        var run = Run(Edit("  text: article.txt\n", "  text: article.txt\n  url: https://www.dawn.com/news/1716543\n  retrieved: 2022-10-23\n")).Says();

        Assert.Empty(run.Run.CompilationProblems);
        var document = CompiledCatalog.Load(run.Run).GetDocument(new DocumentId("test-article"));
        Assert.Equal(("https://www.dawn.com/news/1716543", new DateOnly(2022, 10, 23)), (document.Url, document.Retrieved));
    }
}
