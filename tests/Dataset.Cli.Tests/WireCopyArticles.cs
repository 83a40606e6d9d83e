namespace Dataset.Cli.Tests;

/// <summary>
/// The two linked articles of tests/Shared/EventArticles, the Sample Times' one running Example Wire's copy (so its
/// events have two publishers and one independent source), and a third article in Persian, of the same denial, whose
/// language no annotation states: guessed as fa, written right to left, and not read by coverage.
/// </summary>
internal static class WireCopyArticles
{
    public const string PersianAnnotation = "2022-10-20-sample-news-fa-drone-denial.yaml";

    public const string PersianEvidence = "ایران هیچ پهپادی به روسیه نفروخته است";

    private const string PersianText = "سخنگوی وزارت امور خارجه ایران روز پنجشنبه گفت که " + PersianEvidence + ". او گفت که این ادعاها بی‌اساس است.\n";

    private const string PersianYaml =
        "document:\n  id: sample-news-fa-2022-10-20-drone-denial\n  title: Iran denies selling drones to Russia\n  publisher: Sample News Persian\n" +
        "  published: 2022-10-20\n  text: 2022-10-20-sample-news-fa-drone-denial.txt\n\nstatements:\n  - id: iran-denies-selling-drones-fa\n" +
        "    speaker: iranian-foreign-ministry\n    act: deny\n    form: indirect\n    said-on: 2022-10-20\n    evidence: " + PersianEvidence + "\n";

    /// <summary>The folder, written under <paramref name="folder"/>; its path.</summary>
    public static string In(TempFolder folder)
    {
        var annotations = EventArticles.CopyTo(
            folder.File("annotations"),
            (name, text) => name == EventArticles.TimesAnnotation
                ? text.Replace("  publisher: Sample Times\n", "  publisher: Sample Times\n  wire: Example Wire\n  language: en\n", StringComparison.Ordinal)
                : text);
        File.WriteAllText(Path.Combine(annotations, PersianAnnotation), PersianYaml);
        File.WriteAllText(Path.Combine(annotations, Path.ChangeExtension(PersianAnnotation, ".txt")), PersianText);
        return annotations;
    }
}
