using System.Reflection;
using Dataset.Annotations.Pipeline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dataset.Generators.Tests.Architecture;

/// <summary>
/// The build and the folder analysis (the tool, apps, the language server) are two wirings of one pipeline: every step
/// of <see cref="AnnotationStages"/> is called by both, and neither reaches past the stages into the engine's steps, so
/// a step added to one and not the other fails here. The build collects the dataset-wide context, the evidence index
/// and the link index as values for the compiler's caching; the folder analysis is that context itself and keeps the
/// evidence and the links as indexes it updates file by file (<c>IDatasetView</c>, <c>LinkState</c>).
/// </summary>
public class PipelineWiringTests
{
    private static readonly string Generator = Path.Combine(RepositoryPaths.Root, "generators", "Dataset.Generators", "DatasetGenerator.cs");
    private static readonly string Pipeline = Path.Combine(RepositoryPaths.Root, "src", "Dataset.Annotations", "Pipeline");
    private static readonly string FolderAnalysis = Path.Combine(Pipeline, "FolderAnalysis.cs");

    /// <summary>
    /// Each wiring's files: the build's per-file steps are called through the file that also makes them ahead in a cold
    /// run; the folder analysis reads each parsed file's inputs in a file of its own, and a folder run encodes the records.
    /// </summary>
    private static readonly Dictionary<string, string[]> Files = new(StringComparer.Ordinal)
    {
        [Generator] = [Generator, Path.Combine(RepositoryPaths.Root, "generators", "Dataset.Generators", "ColdRun", "ColdRunSteps.cs")],
        [FolderAnalysis] = [FolderAnalysis, Path.Combine(Pipeline, "AnnotationInputs.cs"), Path.Combine(Pipeline, "FolderRun.cs")],
    };

    /// <summary>The stages that collect a dataset-wide value for the compiler's caching, which the folder analysis keeps as its own indexes.</summary>
    private static readonly Dictionary<string, string[]> Collected = new(StringComparer.Ordinal)
    {
        [Generator] = [],
        [FolderAnalysis] = ["BuildLinkIndex", "Context", "IndexEvidence"],
    };

    /// <summary>Engine types a wiring may name besides the stages: which files are which, and the referenced-dataset index.</summary>
    private static readonly string[] Plumbing = ["AnnotationStages", "ArticlePaths", "ReferencedShards"];

    public static TheoryData<string> Wirings => new() { Generator, FolderAnalysis };

    [Theory]
    [MemberData(nameof(Wirings))]
    public void Every_stage_is_called_by_each_wiring(string wiring)
    {
        var called = MemberCalls(wiring).Where(c => c.Type == nameof(AnnotationStages)).Select(c => c.Member).ToHashSet(StringComparer.Ordinal);

        var missing = Stages().Where(stage => !called.Contains(stage) && !Collected[wiring].Contains(stage)).ToList();

        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(Wirings))]
    public void A_wiring_calls_no_step_of_the_engine_except_through_the_stages(string wiring)
    {
        var engineTypes = typeof(AnnotationStages).Assembly.GetTypes()
            .Where(t => t.IsAbstract && t.IsSealed)
            .Select(t => t.Name)
            .ToHashSet(StringComparer.Ordinal);

        var bypasses = MemberCalls(wiring).Where(c => engineTypes.Contains(c.Type) && !Plumbing.Contains(c.Type)).Select(c => c.Type + "." + c.Member);

        Assert.Empty(bypasses);
    }

    [Fact]
    public void The_check_sees_a_stage_a_wiring_leaves_out()
    {
        var stages = Stages();
        var withOneMissing = File.ReadAllText(FolderAnalysis).Replace("AnnotationStages.Cover(", "CoverageAnalyzer.Analyze(", StringComparison.Ordinal);
        var rest = Files[FolderAnalysis].Skip(1).Select(File.ReadAllText);
        var called = rest.Prepend(withOneMissing)
            .SelectMany(MemberCallsIn)
            .Where(c => c.Type == nameof(AnnotationStages))
            .Select(c => c.Member)
            .ToHashSet(StringComparer.Ordinal);

        Assert.Equal(["Cover"], stages.Where(stage => !called.Contains(stage) && !Collected[FolderAnalysis].Contains(stage)));
    }

    private static List<string> Stages() =>
        typeof(AnnotationStages).GetMethods(BindingFlags.Public | BindingFlags.Static).Select(m => m.Name).Distinct().Order(StringComparer.Ordinal).ToList();

    private static IEnumerable<(string Type, string Member)> MemberCalls(string wiring) =>
        Files[wiring].SelectMany(path => MemberCallsIn(File.ReadAllText(path)));

    private static IEnumerable<(string Type, string Member)> MemberCallsIn(string source) =>
        CSharpSyntaxTree.ParseText(source).GetRoot().DescendantNodes().OfType<MemberAccessExpressionSyntax>()
            .Where(access => access.Expression is IdentifierNameSyntax)
            .Select(access => (((IdentifierNameSyntax)access.Expression).Identifier.ValueText, access.Name.Identifier.ValueText));
}
