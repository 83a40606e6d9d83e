using System.Text.RegularExpressions;

namespace Dataset.TestSupport;

/// <summary>What the HTML report shows once loaded in Chromium: its own check's verdict and the evidence marks in the page.</summary>
/// <param name="Ready">The page's verdict in body[data-ready]: ok, or error with data-problems.</param>
/// <param name="Highlights">The count the page's script found, body[data-highlights].</param>
/// <param name="Problems">What the page's check found wrong, body[data-problems].</param>
/// <param name="MarkIds">The ids of the evidence marks (mark-statement-ID, mark-sanction-ID).</param>
internal sealed partial record ReportPage(string Ready, string Highlights, string Problems, IReadOnlyList<string> MarkIds)
{
    /// <summary>The sections (document-ID) whose article text the browser lays out right to left, body[data-right-to-left].</summary>
    public IReadOnlyList<string> RightToLeftArticles { get; init; } = [];

    /// <summary>How many quotes the browser lays out right to left, body[data-right-to-left-quotes].</summary>
    public string RightToLeftQuotes { get; init; } = string.Empty;

    public static ReportPage Load(Chromium chromium, string page, string profileFolder)
    {
        var run = chromium.Load(page, profileFolder, "--dump-dom");
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"Chromium exited with {run.ExitCode}:\n{run.Error}");
        }

        var body = Body().Match(run.Output);
        if (!body.Success)
        {
            throw new InvalidOperationException($"No <body> in the dumped DOM:\n{run.Output[..Math.Min(2000, run.Output.Length)]}");
        }

        return new ReportPage(
            Attribute(body.Value, "data-ready"),
            Attribute(body.Value, "data-highlights"),
            Attribute(body.Value, "data-problems"),
            MarkWithId().Matches(run.Output).Select(m => m.Groups["id"].Value).ToList())
        {
            RightToLeftArticles = Attribute(body.Value, "data-right-to-left").Split(' ', StringSplitOptions.RemoveEmptyEntries),
            RightToLeftQuotes = Attribute(body.Value, "data-right-to-left-quotes"),
        };
    }

    private static string Attribute(string tag, string name)
    {
        var match = Regex.Match(tag, $"{Regex.Escape(name)}=\"(?<value>[^\"]*)\"");
        return match.Success ? System.Net.WebUtility.HtmlDecode(match.Groups["value"].Value) : string.Empty;
    }

    [GeneratedRegex("<body[^>]*>")]
    private static partial Regex Body();

    [GeneratedRegex("<mark [^>]*\\bid=\"(?<id>mark-(statement|sanction)-[^\"]+)\"")]
    private static partial Regex MarkWithId();
}
