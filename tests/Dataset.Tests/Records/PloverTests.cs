using System.Text.RegularExpressions;

namespace Dataset.Tests.Records;

/// <summary>The PLOVER mapping is the table in docs/api.md, row for row, and every act and status has its row.</summary>
public partial class PloverTests
{
    [Fact]
    public void Every_act_and_status_maps_as_the_docs_table_says()
    {
        var rows = Rows();
        foreach (var act in Enum.GetValues<SpeechAct>())
        {
            Assert.Equal(rows[Kebab(act.ToString())], Describe(Plover.Of(act)));
        }

        foreach (var status in Enum.GetValues<SanctionStatus>())
        {
            Assert.Equal(rows["sanction " + Kebab(status.ToString())], Describe(Plover.Of(status)));
        }
    }

    [Fact]
    public void The_quad_classes_are_plovers_groups()
    {
        Assert.Equal(PloverQuad.VerbalConflict, new PloverEvent(PloverType.Request).Quad);
        Assert.Equal(PloverQuad.MaterialConflict, new PloverEvent(PloverType.Protest).Quad);
        Assert.Equal(PloverQuad.MaterialCooperation, new PloverEvent(PloverType.Aid).Quad);
        Assert.Equal(PloverQuad.VerbalCooperation, new PloverEvent(PloverType.Concede).Quad);
        Assert.Equal("THREATEN", new PloverEvent(PloverType.Threaten).Code);
    }

    private static string Describe(PloverEvent? plover) =>
        plover is { } found ? $"{found.Code} {Kebab(found.Quad.ToString())}" : "none none";

    /// <summary>"act or status" → "TYPE quad" from the docs table; a cell listing several names gives each its row.</summary>
    private static Dictionary<string, string> Rows()
    {
        var rows = new Dictionary<string, string>(StringComparer.Ordinal);
        var inTable = false;
        foreach (var line in File.ReadLines(Path.Combine(RepositoryPaths.Root, "docs", "api.md")))
        {
            inTable = line.StartsWith("| act or status |", StringComparison.Ordinal) || (inTable && line.StartsWith('|'));
            var cells = line.Split('|', StringSplitOptions.TrimEntries);
            if (!inTable || cells.Length < 4 || cells[1].StartsWith("act or", StringComparison.Ordinal) || cells[1].StartsWith("---", StringComparison.Ordinal))
            {
                continue;
            }

            var prefix = cells[1].StartsWith("sanction ", StringComparison.Ordinal) ? "sanction " : string.Empty;
            foreach (Match name in Code().Matches(cells[1]))
            {
                rows[prefix + name.Groups[1].Value] = $"{cells[2]} {cells[3]}";
            }
        }

        return rows;
    }

    private static string Kebab(string name) => Regex.Replace(name, "(?<=[a-z])([A-Z])", "-$1").ToLowerInvariant();

    [GeneratedRegex("`([a-z-]+)`")]
    private static partial Regex Code();
}
