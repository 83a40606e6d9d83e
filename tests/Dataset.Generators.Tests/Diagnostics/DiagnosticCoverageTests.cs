using System.Globalization;
using Dataset.Generators.Roslyn;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Dataset.Annotations.Diagnostics;

namespace Dataset.Generators.Tests.Diagnostics;

/// <summary>Every descriptor is tested, documented in docs/diagnostics.md, linked to its row, and release-tracked.</summary>
public partial class DiagnosticCoverageTests
{
    public static TheoryData<string> Ids => [.. DiagnosticDescriptors.Every.Select(d => d.Id)];

    [Fact]
    public void Ids_are_numbered_without_gaps()
    {
        var ids = DiagnosticDescriptors.Every.Select(d => d.Id).ToList();

        Assert.Empty(ids.Intersect(DiagnosticDescriptors.Reserved));
        Assert.Equal(
            Enumerable.Range(1, ids.Count + DiagnosticDescriptors.Reserved.Length).Select(i => $"DS{i:D4}").Except(DiagnosticDescriptors.Reserved),
            ids);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_id_has_a_test_named_after_it(string id)
    {
        var tests = typeof(DiagnosticTests).GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.GetCustomAttribute<FactAttribute>() is not null && m.Name.StartsWith(id + "_", StringComparison.Ordinal));

        Assert.NotEmpty(tests);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_id_has_a_title_a_message_and_a_help_link_to_its_docs_anchor(string id)
    {
        var descriptor = RoslynDiagnostics.Descriptor(DiagnosticDescriptors.ById(id));

        Assert.False(string.IsNullOrWhiteSpace(descriptor.Title.ToString(CultureInfo.InvariantCulture)));
        Assert.False(string.IsNullOrWhiteSpace(descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture)));
        Assert.True(descriptor.IsEnabledByDefault);
        Assert.Equal("Dataset", descriptor.Category);
        Assert.Equal("docs/diagnostics.md#" + id.ToLowerInvariant(), descriptor.HelpLinkUri);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_id_has_a_docs_row_with_its_anchor_severity_and_title(string id)
    {
        var descriptor = RoslynDiagnostics.Descriptor(DiagnosticDescriptors.ById(id));
        var row = DocsRows().SingleOrDefault(r => r.Contains($"<a id=\"{id.ToLowerInvariant()}\"></a>", StringComparison.Ordinal));

        Assert.NotNull(row);
        var cells = row.Split('|', StringSplitOptions.TrimEntries);
        Assert.Contains(id, cells[1], StringComparison.Ordinal);
        Assert.Equal(descriptor.DefaultSeverity.ToString().ToLowerInvariant(), cells[2]);
        Assert.Equal(descriptor.Title.ToString(CultureInfo.InvariantCulture), cells[3]);
        Assert.Contains(id, cells[4], StringComparison.Ordinal);
        Assert.True(cells[5].Length > 0, $"The docs row of {id} says how to fix it.");
    }

    [Fact]
    public void The_docs_document_no_id_that_does_not_exist()
    {
        var documented = DocsRows().Select(r => AnchorPattern().Match(r)).Where(m => m.Success).Select(m => m.Groups[1].Value.ToUpperInvariant());

        Assert.Equal(DiagnosticDescriptors.Every.Select(d => d.Id), documented.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_id_is_release_tracked_with_its_severity(string id)
    {
        var descriptor = RoslynDiagnostics.Descriptor(DiagnosticDescriptors.ById(id));
        var releases = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "Dataset.Annotations", "AnalyzerReleases.Unshipped.md"));

        Assert.Contains($"{id} | Dataset | {descriptor.DefaultSeverity} | {descriptor.Title}", releases, StringComparison.Ordinal);
    }

    private static IEnumerable<string> DocsRows() =>
        File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "docs", "diagnostics.md")).Where(l => l.StartsWith("| <a id=", StringComparison.Ordinal));

    [GeneratedRegex("<a id=\"(ds[0-9]{4})\"></a>")]
    private static partial Regex AnchorPattern();
}
