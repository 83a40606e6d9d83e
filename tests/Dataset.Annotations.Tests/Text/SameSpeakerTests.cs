using Dataset.Annotations.Collections;
using Dataset.Annotations.Coverage;
using Dataset.Annotations.Drafting;
using Dataset.Annotations.Model;
using Dataset.Annotations.Text;

namespace Dataset.Annotations.Tests.Text;

/// <summary>The coverage check's advice and the draft read a sentence's source through one layer, so they name the same declared actor.</summary>
public class SameSpeakerTests
{
    private static readonly KnownActor[] Declared =
    [
        new("united-states", "United States", ["US"], "state"),
        new("ned-price", "Ned Price", ["Price"], "person"),
        new("russia", "Russia", ["Москва"], "state"),
        new("lapid-office", "Lapid's office", [], "government-body"),
        new("european-union", "European Union", ["EU", "the bloc"], "organization"),
        new("yerlan-satpayev", "Ерлан Сатпаев", ["Сатпаев"], "person"),
        new("russia-transport-ministry", "Министерство транспорта России", [], "government-body"),
        new("vera-zakharevich", "Вера Захаревич", ["Захаревич"], "person"),
    ];

    [Theory]
    [InlineData("US State Department spokesman Ned Price told a briefing that talks would go on.", "ned-price")]
    [InlineData("Talks, the US insisted, would go on for weeks.", "united-states")]
    [InlineData("Lapid’s office said it was concerned about the raids.", "lapid-office")]
    [InlineData("The bloc urged restraint on both sides.", "european-union")]
    [InlineData("Russia’s foreign ministry said the talks had failed.", null)]
    [InlineData("По словам Сатпаева, Астана направила официальную ноту.", "yerlan-satpayev")]
    [InlineData("В Министерстве транспорта России от комментариев отказались.", "russia-transport-ministry")]
    [InlineData("«Ответ будет не только дипломатическим», — подчеркнула Захаревич.", "vera-zakharevich")]
    public void Coverage_and_drafting_name_the_same_declared_actor(string sentence, string? actor)
    {
        var advised = Assert.Single(Coverage(sentence).Uncovered, u => u.Kind == PassageKind.Sentence).Speaker;
        var drafted = Assert.Single(ArticleDrafter.Draft(new DraftRequest(sentence, new DateValue(2025, 7, 2), Declared, [], [])).Statements).Speaker;

        Assert.Equal(actor, IdOf(advised));
        Assert.Equal(actor, Declared.Any(a => a.Id == drafted) ? drafted : null);
    }

    private static CoverageReport Coverage(string text) =>
        CoverageAnalyzer.Analyze(
            new CoverageInput("/a.yaml", new ArticleText("/a.txt", text), EquatableArray<TextRange>.Empty, EquatableArray<TextRange>.Empty),
            new ActorNames(Declared.SelectMany(a => a.Aliases.Prepend(a.Name))));

    private static string? IdOf(string? name) => Declared.FirstOrDefault(a => a.Name == name || a.Aliases.Contains(name))?.Id;
}
