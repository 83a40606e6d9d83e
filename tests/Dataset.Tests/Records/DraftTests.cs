using Dataset.Annotations;

namespace Dataset.Tests.Records;

/// <summary>
/// The draft mark on the records an app reads: the article of tests/Shared/DraftArticles, read by the engine and the
/// runtime's record reader (as the tool reads a folder), gives <c>IsDraft</c> to its drafted entries only.
/// </summary>
public class DraftTests
{
    private static readonly DatasetCatalog Drafts = Read();

    [Fact]
    public void Drafted_actor_statement_and_sanction_are_drafts_and_the_reviewed_ones_are_not()
    {
        Assert.Equal([DraftArticles.DraftedActor], Drafts.Actors.Where(a => a.IsDraft).Select(a => a.Id.Value));
        Assert.Equal([DraftArticles.DraftedStatement], Drafts.Statements.Where(s => s.IsDraft).Select(s => s.Id.Value));
        Assert.Equal([DraftArticles.DraftedSanction], Drafts.Sanctions.Where(s => s.IsDraft).Select(s => s.Id.Value));
        Assert.False(Drafts.GetActor(new ActorId(DraftArticles.ReviewedActor)).IsDraft);
        Assert.False(Drafts.GetStatement(new StatementId(DraftArticles.ReviewedStatement)).IsDraft);
        Assert.False(Drafts.GetSanction(new SanctionId(DraftArticles.ReviewedSanction)).IsDraft);
    }

    [Fact]
    public void A_draft_is_not_equal_to_the_same_record_reviewed()
    {
        var drafted = Drafts.GetStatement(new StatementId(DraftArticles.DraftedStatement));
        var reviewed = drafted with { IsDraft = false };

        Assert.NotEqual(drafted, reviewed);
        Assert.Equal(drafted, reviewed with { IsDraft = true });
        Assert.Equal(drafted.GetHashCode(), (reviewed with { IsDraft = true }).GetHashCode());
    }

    [Fact]
    public void A_draft_says_so_when_printed_and_a_reviewed_record_prints_as_before()
    {
        var drafted = Drafts.GetSanction(new SanctionId(DraftArticles.DraftedSanction));

        Assert.Contains("IsDraft = true", drafted.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("IsDraft", (drafted with { IsDraft = false }).ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("IsDraft", Drafts.GetActor(new ActorId(DraftArticles.ReviewedActor)).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_seed_dataset_has_no_drafts()
    {
        var seeds = Dataset.Seeds.Catalog.Instance;

        Assert.DoesNotContain(seeds.Actors, a => a.IsDraft);
        Assert.DoesNotContain(seeds.Statements, s => s.IsDraft);
        Assert.DoesNotContain(seeds.Sanctions, s => s.IsDraft);
    }

    private static RecordDataCatalog Read()
    {
        var read = AnnotationReader.Read(DraftArticles.Files());
        Assert.DoesNotContain(read.Problems, p => p.IsError);
        return new RecordDataCatalog(read.Files.Select(f => f.Data));
    }
}
