using System.Reflection;
using System.Runtime.Loader;
using Dataset.Generators.Tests.Diagnostics;
using Microsoft.CodeAnalysis;

namespace Dataset.Generators.Tests.Shards;

/// <summary>A dataset split across projects: a shard refers to the actors a registry project declares.</summary>
public class ShardTests
{
    [Theory]
    [InlineData(ReferenceKind.Assembly)]
    [InlineData(ReferenceKind.ReferenceAssembly)]
    [InlineData(ReferenceKind.Compilation)]
    public void A_shard_resolves_the_registry_actors_and_generates_none_of_them(ReferenceKind kind)
    {
        var registry = Registry.Build();

        var shard = Registry.BuildShard(Registry.Reference(registry, kind));

        Assert.Empty(shard.Diagnostics);
        Assert.Empty(shard.CompilationProblems);
        var own = shard.SourceFor("seeds_article_yaml");
        Assert.Contains("public static readonly global::Dataset.Actor LloydAustin;", own, StringComparison.Ordinal);
        Assert.DoesNotContain("UnitedKingdom", own, StringComparison.Ordinal);
        // The registry's manifest holds ids, not names: the shard's docs show the registry's actors by id, as code
        // (a cref could fail to resolve, a warning that fails the build), and its own actor by name.
        Assert.Contains("<c>united-kingdom</c> → <c>drone-firm</c> (imposed)", own, StringComparison.Ordinal);
        Assert.Contains("<summary>Lloyd Austin, US Defense Secretary (urge, indirect", own, StringComparison.Ordinal);
        Assert.DoesNotContain("<see cref", own, StringComparison.Ordinal);
        Assert.Contains(
            "base(new global::Dataset.DatasetCatalog[] { global::Registry.Data.Catalog.Instance })",
            shard.SourceFor("Dataset.Catalog"),
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_shard_sanction_reaches_its_imposer_declared_in_the_registry()
    {
        var registry = Registry.Build();
        var shard = Registry.BuildShard(Registry.Reference(registry, ReferenceKind.ReferenceAssembly));
        var context = new AssemblyLoadContext("shards", isCollectible: true);
        var registryCatalog = CatalogOf(context.LoadFromStream(new MemoryStream(Registry.Image(registry))), Registry.Namespace);
        var shardCatalog = CatalogOf(context.LoadFromStream(new MemoryStream(Registry.Image(shard))), Registry.ShardNamespace);

        var sanction = shardCatalog.GetSanction(new SanctionId("uk-sanctions-firm"));

        Assert.Equal("United Kingdom", sanction.Imposer.Name);
        Assert.Same(registryCatalog.GetActor(new ActorId("united-kingdom")), sanction.Imposer);
        Assert.Equal(["drone-firm"], sanction.Targets.Select(t => t.Id.Value));
        Assert.Equal("United States", shardCatalog.GetActor(new ActorId("lloyd-austin")).Roles[0].Of!.Name);
        Assert.Equal([registryCatalog], shardCatalog.Shards);
        // The shard's lists include the registry's records, once each, in id order.
        Assert.Equal(["drone-firm", "lloyd-austin", "russia", "united-kingdom", "united-states"], shardCatalog.Actors.Select(a => a.Id.Value));
        Assert.Equal(["russia-confirms-call"], shardCatalog.StatementsBy(registryCatalog.GetActor(new ActorId("russia"))).Select(s => s.Id.Value));
        Assert.Empty(registryCatalog.Statements);
    }

    [Fact]
    public void Several_shards_combine_into_one_catalog()
    {
        var registry = Registry.Build();
        var shard = Registry.BuildShard(Registry.Reference(registry, ReferenceKind.Assembly));
        var context = new AssemblyLoadContext("combined", isCollectible: true);
        var registryCatalog = CatalogOf(context.LoadFromStream(new MemoryStream(Registry.Image(registry))), Registry.Namespace);
        var shardCatalog = CatalogOf(context.LoadFromStream(new MemoryStream(Registry.Image(shard))), Registry.ShardNamespace);

        // The registry is reached both directly and through the shard; each record is listed once.
        var combined = DatasetCatalog.Combine(registryCatalog, shardCatalog);

        Assert.Equal(5, combined.Actors.Count);
        Assert.Equal(["austin-urges-shoigu", "russia-confirms-call"], combined.Statements.Select(s => s.Id.Value));
        Assert.Equal("uk-sanctions-firm", Assert.Single(combined.SanctionsBy(combined.GetActor(new ActorId("united-kingdom")))).Id.Value);
        Assert.Equal("test-article", combined.GetDocument(new DocumentId("test-article")).Id.Value);
        Assert.Null(combined.FindActor(new ActorId("nobody")));
    }

    [Fact]
    public void A_misspelt_registry_id_in_the_shard_is_located_and_suggests_the_registry_id()
    {
        var registry = Registry.Build();

        var article = Registry.ShardArticle.Replace("imposer: united-kingdom", "imposer: {|DS0010:united-kingdon|}", StringComparison.Ordinal);

        var shard = Registry.BuildShard(Registry.Reference(registry, ReferenceKind.Assembly), Markup.Parse(article).Text);

        AssertMarked(shard, article).Says(
            "error: Unknown actor 'united-kingdon'; declare it under actors: here or in the shared registry; did you mean 'united-kingdom'?");
    }

    [Fact]
    public void An_actors_only_registry_does_not_call_its_actors_unused()
    {
        var registry = Registry.Build();

        Assert.Empty(registry.Diagnostics);
        Assert.Empty(registry.CompilationProblems);
    }

    [Fact]
    public void The_manifest_lists_each_id_under_its_file()
    {
        var manifest = Registry.Build().SourceFor("Dataset.Manifest");

        Assert.Contains(
            "[assembly: global::Dataset.DatasetShard(\"Registry.Data\", \"dataset-shard " +
                "2\\n@registry/actors.yaml\\na\\tunited-states\\na\\trussia\\na\\tunited-kingdom\\na\\tdrone-firm\\n\")]",
            manifest,
            StringComparison.Ordinal);
    }

    [Fact]
    public void The_manifest_is_unchanged_by_lines_added_above_declarations_and_an_actor_renamed_but_not_by_an_id_changed()
    {
        var manifest = Registry.Build().SourceFor("Dataset.Manifest");

        var moved = Registry.Build(
            "# The registry.\n"
                + Registry.Actors.Replace("    name: United Kingdom\n", "    # The name in English.\n    name: Great Britain\n", StringComparison.Ordinal));
        var renumbered = Registry.Build(Registry.Actors.Replace("id: drone-firm", "id: a-firm", StringComparison.Ordinal));

        Assert.Equal(manifest, moved.SourceFor("Dataset.Manifest"));
        Assert.Contains("Great Britain", moved.SourceFor("registry_actors_yaml"), StringComparison.Ordinal);
        Assert.NotEqual(manifest, renumbered.SourceFor("Dataset.Manifest"));
    }

    [Fact]
    public void An_id_the_registry_declares_declared_again_in_the_shard_is_DS0008_naming_the_registry_file()
    {
        var registry = Registry.Build();
        var article = Registry.ShardArticle.Replace(
            "  - id: lloyd-austin\n", "  - id: {|DS0008:russia|}\n    name: Russia again\n    kind: state\n  - id: lloyd-austin\n", StringComparison.Ordinal);

        var shard = Registry.BuildShard(Registry.Reference(registry, ReferenceKind.ReferenceAssembly), Markup.Parse(article).Text);

        AssertMarked(shard, article).Says(
            "error: The actor id 'russia' is already declared in registry/actors.yaml in the referenced shard 'Registry'; ids are unique across all " +
                "annotations, so refer to that one or give this one another id");
    }

    /// <summary>The shard's diagnostics are exactly those marked in its article (the article text has none).</summary>
    private static MarkedRun AssertMarked(GeneratorRun shard, string article) =>
        DiagnosticMarkup.AssertExactly(shard, [new MarkedFile("seeds/article.yaml", article), new MarkedFile(Yaml.ArticlePath, Yaml.Article)]);

    private static DatasetCatalog CatalogOf(Assembly assembly, string @namespace) =>
        (DatasetCatalog)assembly.GetType(
            @namespace + ".Catalog",
            throwOnError: true)!.GetField("Instance", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
}
