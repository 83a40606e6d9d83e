using Microsoft.CodeAnalysis;

namespace Dataset.Generators.Tests;

/// <summary>
/// The build over an article with drafted and reviewed entries (tests/Shared/DraftArticles): a warning at each mark,
/// no error, and the compiled catalog's records are drafts exactly where the YAML says so.
/// </summary>
public class DraftBuildTests
{
    [Fact]
    public void The_compiled_catalog_holds_the_drafts_as_drafts()
    {
        var run = GeneratorHarness.Run(DraftArticles.Files().Select(f => (Path.GetFileName(f.Key), f.Value)).ToArray());

        // The descriptor's own severity: the harness compiles with warnings as errors, as the repository does.
        Assert.Equal(3, run.Diagnostics.Count(d => d.Id == "DS0032" && d.DefaultSeverity == DiagnosticSeverity.Warning));
        Assert.DoesNotContain(run.Diagnostics, d => d.DefaultSeverity == DiagnosticSeverity.Error);
        var catalog = CompiledCatalog.Load(run);
        var drafted = catalog.Actors.Where(a => a.IsDraft).Select(a => a.Id.Value)
            .Concat(catalog.Statements.Where(s => s.IsDraft).Select(s => s.Id.Value))
            .Concat(catalog.Sanctions.Where(s => s.IsDraft).Select(s => s.Id.Value));
        Assert.Equal(DraftArticles.Drafted, drafted);
        Assert.Equal(4, catalog.Actors.Count);
        Assert.Equal(2, catalog.Statements.Count);
        Assert.Equal(2, catalog.Sanctions.Count);
    }
}
