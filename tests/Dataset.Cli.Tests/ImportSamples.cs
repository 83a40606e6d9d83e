using System.Text;

namespace Dataset.Cli.Tests;

/// <summary>
/// The files under ImportSamples/, written by each tool's own rules: one article with a byte-order mark, CRLF line
/// ends and two characters outside the Basic Multilingual Plane (🤝, 🚁) before annotated spans, as brat standoff
/// (code points, CRLF read as one), Label Studio JSON (a task in code points, a task in UTF-16 code units) and
/// INCEpTION's UIMA CAS JSON (UTF-16 code units); and brat's own documentation example.
/// </summary>
internal static class ImportSamples
{
    public const string Name = "2024-05-07-example-drone-talks";

    public static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "Dataset.Cli.Tests", "ImportSamples");

    public static string Brat => Path.Combine(Folder, "brat");

    public static string BratPublic => Path.Combine(Folder, "brat-public");

    public static string LabelStudio => Path.Combine(Folder, "labelstudio", "export.json");

    public static string Inception => Path.Combine(Folder, "inception", Name + ".json");

    /// <summary>The article as every sample holds it: mark, CRLF and emoji included.</summary>
    public static string Text => Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(Brat, Name + ".txt")));

    public const string Announcement = "“talks on drone exports will resume next week”";

    public const string Denial = "denied that any drones had been shipped";

    public const string Sanction = "The European Union imposed sanctions on Sky Mechanics";
}
