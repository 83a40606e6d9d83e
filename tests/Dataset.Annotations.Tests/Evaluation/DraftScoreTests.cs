using Dataset.Annotations.Evaluation;

namespace Dataset.Annotations.Tests.Evaluation;

/// <summary>How drafts are matched to the gold statements they overlap.</summary>
public class DraftScoreTests
{
    private const string Article = "China and Russia argued that a peacekeeping force would need the consent of the authorities.\n";

    private const string Annotation = """
        document:
          id: wire-2024-10-03-council
          title: Council divided
          publisher: Wire
          published: 2024-10-03
          text: 2024-10-03-wire-council.txt

        actors:
          - { id: china, name: China, kind: state }
          - { id: russia, name: Russia, kind: state }

        statements:
          - { id: china-says-force-needs-consent, speaker: china, act: claim, form: indirect, said-on: undated, evidence: "a peacekeeping force" }
          - { id: russia-says-force-needs-consent, speaker: russia, act: claim, form: indirect, said-on: undated, evidence: "need the consent" }
        """;

    private const string Registry = """
        actors:
          - { id: china, name: China, kind: state }
          - { id: russia, name: Russia, kind: state }
        """;

    [Fact]
    public void Gold_statements_overlapped_alike_are_each_matched_to_the_draft_with_their_speaker_and_a_wrong_act_is_told()
    {
        var score = DraftScore.Of(
        [
            new("annotations/2024-10-03-wire-council.txt", Article),
            new("annotations/2024-10-03-wire-council.yaml", Annotation),
            new("annotations/actors.yaml", Registry),
        ]);

        Assert.Equal(2, score.Gold);
        Assert.Equal(2, score.RightSpeaker);
        Assert.Equal(["china-assesses-peacekeeping-force-need", "russia-assesses-peacekeeping-force-need"], score.Statements.Select(s => s.DraftedAs));
        Assert.All(score.Statements, s => Assert.Equal(("claim", "assess"), (s.GoldAct, s.DraftedAct)));
    }

    [Theory]
    [InlineData("Veltron", "Chipmaker Veltron", true)]
    [InlineData("Сергей Ершов", "Главный врач больницы Сергей Ершов", true)]
    [InlineData("Хлебная лавка", "торговой сети Хлебная лавка", true)]
    [InlineData("the Kremlin", "Kremlin", true)]
    [InlineData("German Economy Ministry", "german economy ministry", true)]
    [InlineData("Marcos Ribeiro", "Ribeiro", false)]
    [InlineData("Ассоциация крестьянских хозяйств Курганской области", "Ассоциация", false)]
    [InlineData("Прокуратура Венёвского района", "Прокуратура Венёвского", false)]
    [InlineData("министерство здравоохранения Бурятии", "Министерство здравоохранения Республики Бурятия", true)]
    [InlineData("министерство природных ресурсов и экологии Дагестана", "Министерство природных ресурсов и экологии Республики Дагестан", true)]
    [InlineData("Правительство Свердловской области", "Правительство Свердловской области", true)]
    [InlineData("министерство здравоохранения Бурятии", "Министерство здравоохранения Республики Дагестан", false)]
    [InlineData("администрация города", "Администрация города Чебоксары", false)]
    [InlineData("Residents of El Obeid", "Residents", false)]
    [InlineData("residents", "angry residents", false)]
    public void A_drafted_name_names_the_gold_actor_when_it_holds_the_gold_proper_name_whole(string gold, string drafted, bool same)
    {
        Assert.Equal(same, DraftScore.SameName(gold, drafted));
    }
}
