namespace Dataset.Generators.Tests.Diagnostics;

/// <summary>A document's wire and language, each checked where it is written, and both on the generated document.</summary>
public partial class DiagnosticTests
{
    private const string WithWire = "  text: article.txt\n  wire: ";

    [Fact]
    public void DS0045_a_wire_spelt_close_to_another_documents_source_is_info_with_did_you_mean() =>
        DiagnosticMarkup.Run(
            Annotated(Edit("  text: article.txt\n", WithWire + "{|DS0045:Reuter|}\n")),
            Article(Yaml.Article),
            OtherDocument("Reuters"),
            new MarkedFile("seeds/other.txt", "The talks resumed on Monday."))
            .Says("info: Wire 'Reuter' is spelt close to 'Reuters', named as publisher or wire by 1 document; events count each spelling as another " +
                "source; did you mean 'Reuters'?");

    [Theory]
    [InlineData("AP", "AFP")]
    [InlineData("Reuters", "Reuters")]
    [InlineData("Associated Press", "Agence France-Presse")]
    public void A_wire_another_document_spells_alike_or_a_short_name_one_letter_off_is_no_misspelling(string wire, string other) =>
        DiagnosticMarkup.Run(
            Annotated(Edit("  text: article.txt\n", WithWire + wire + "\n")),
            Article(Yaml.Article),
            OtherDocument(other),
            new MarkedFile("seeds/other.txt", "The talks resumed on Monday.")).Says();

    [Theory]
    [InlineData("Russian", "; did you mean 'ru'?")]
    [InlineData("rus", "; did you mean 'ru'?")]
    [InlineData("RU", "; did you mean 'ru'?")]
    [InlineData("Ukranian", "; did you mean 'uk'?")]
    [InlineData("xx", "")]
    public void DS0046_a_language_that_is_no_iso_639_1_code_is_an_error_with_the_code_it_likely_means(string written, string hint) =>
        Run(Edit("  text: article.txt\n", $"  text: article.txt\n  language: {{|DS0046:{written}|}}\n")).Says(
            $"error: Unknown language '{written}'; a language is a two-letter ISO 639-1 code, lower case (en, ru, ar){hint}");

    [Fact]
    public void DS0047_a_wire_that_is_the_publisher_itself_is_info() =>
        Run(Edit("  text: article.txt\n", WithWire + "{|DS0047:dawn|}\n")).Says(
            "info: The wire 'dawn' is the publisher itself; remove wire, which names an agency whose copy another publisher runs");

    [Fact]
    public void The_wire_and_a_stated_language_are_generated_on_the_document()
    {
        var run = Run(Edit("  text: article.txt\n", WithWire + "Reuters\n  language: fr\n")).Says();

        Assert.Empty(run.Run.CompilationProblems);
        var document = CompiledCatalog.Load(run.Run).GetDocument(new DocumentId("test-article"));
        Assert.Equal(("Reuters", "fr", false, "Reuters"), (document.Wire, document.Language, document.IsLanguageGuessed, document.OriginalSource));
    }

    [Fact]
    public void Without_a_language_the_document_carries_the_one_guessed_from_its_text()
    {
        var run = Run(Yaml.Valid).Says();

        var document = CompiledCatalog.Load(run.Run).GetDocument(new DocumentId("test-article"));
        Assert.Equal((null, "en", true, "Dawn"), (document.Wire, document.Language, document.IsLanguageGuessed, document.OriginalSource));
    }

    private static MarkedFile OtherDocument(string publisher) => new(
        "seeds/other.yaml",
        $"document:\n  id: other-article\n  title: Talks resume\n  publisher: {publisher}\n  published: 2022-10-22\n  text: other.txt\n");
}
