using Dataset.Annotations.Paths;

namespace Dataset.Generators.Tests;

/// <summary>
/// Every record knows where it was declared: the annotation's path relative to the project, and the line and column of
/// its id, carried in the file's data and named in the member's docs; it is not part of equality.
/// </summary>
public class SourceLocationTests
{
    [Fact]
    public void Each_kind_of_record_carries_the_path_line_and_column_of_its_id()
    {
        var run = GeneratorHarness.Run(Yaml.Files(Yaml.Valid));
        Assert.Empty(run.Diagnostics);

        var catalog = CompiledCatalog.Load(run);

        Assert.Equal(Expected("lloyd-austin"), catalog.GetActor(new ActorId("lloyd-austin")).Source);
        Assert.Equal(Expected("russia"), catalog.GetActor(new ActorId("russia")).Source);
        Assert.Equal(Expected("austin-urges-shoigu"), catalog.GetStatement(new StatementId("austin-urges-shoigu")).Source);
        Assert.Equal(Expected(catalog.Sanctions[0].Id.Value), catalog.Sanctions[0].Source);
        Assert.Equal(Expected("test-article", prefix: "  id: "), catalog.GetDocument(new DocumentId("test-article")).Source);
        Assert.Equal("seeds/article.yaml:" + Expected("lloyd-austin").Line + ":9", catalog.GetActor(new ActorId("lloyd-austin")).Source.ToString());
    }

    [Fact]
    public void Where_a_record_is_declared_is_not_part_of_its_equality_nor_of_its_text()
    {
        var catalog = CompiledCatalog.Load(GeneratorHarness.Run(Yaml.Files(Yaml.Valid)));
        var austin = catalog.GetActor(new ActorId("lloyd-austin"));
        var statement = catalog.GetStatement(new StatementId("austin-urges-shoigu"));

        var moved = austin with { Source = new SourceLocation("elsewhere.yaml", 1, 1) };

        Assert.Equal(austin, moved);
        Assert.Equal(austin.GetHashCode(), moved.GetHashCode());
        Assert.Equal(statement, statement with { Source = default });
        Assert.Equal(catalog.Sanctions[0], catalog.Sanctions[0] with { Source = default });
        Assert.Equal(catalog.Documents[0], catalog.Documents[0] with { Source = default });
        Assert.DoesNotContain("article.yaml", austin.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_docs_of_each_generated_member_name_the_file_and_line()
    {
        var run = GeneratorHarness.Run(Yaml.Files(Yaml.Valid));
        var source = Assert.Single(run.Sources, s => s.Key.Contains("article_yaml", StringComparison.Ordinal)).Value;

        Assert.Contains($"Id <c>lloyd-austin</c>, declared in article.yaml:{Expected("lloyd-austin").Line}.", source, StringComparison.Ordinal);
        Assert.Contains($"Id <c>austin-urges-shoigu</c>, in article.yaml:{Expected("austin-urges-shoigu").Line}.", source, StringComparison.Ordinal);
        Assert.Contains($"Annotated in article.yaml:{Expected("test-article", prefix: "  id: ").Line};", source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/project/annotations/a.yaml", "/project/", "annotations/a.yaml")]
    [InlineData("/project/a.yaml", "/project", "a.yaml")]
    [InlineData("/repo/seeds/a.yaml", "/repo/src/Dataset.Seeds/", "../../seeds/a.yaml")]
    [InlineData("C:/data/a.yaml", "D:/project/", "a.yaml")]
    [InlineData("C:/repo/seeds/a.yaml", "C:/repo/app/", "../seeds/a.yaml")]
    [InlineData("/elsewhere/a.yaml", "", "a.yaml")]
    [InlineData("annotations/a.yaml", "/project/", "annotations/a.yaml")]
    public void The_path_is_relative_to_the_project_with_forward_slashes(string path, string project, string expected)
    {
        Assert.Equal(expected, ProjectPaths.SourcePath(path, project));
    }

    /// <summary>Where the id's value is in the valid annotation: 1-based line, column after "  - id: ".</summary>
    private static SourceLocation Expected(string id, string prefix = "  - id: ")
    {
        var lines = Yaml.Valid.Split('\n');
        var line = Array.FindIndex(lines, l => l == prefix + id);
        Assert.True(line >= 0, $"no line '{prefix}{id}'");
        return new SourceLocation("seeds/article.yaml", line + 1, prefix.Length + 1);
    }
}
