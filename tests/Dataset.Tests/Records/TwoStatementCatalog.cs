namespace Dataset.Tests.Records;

/// <summary>A hand-made catalog of one document, two actors and two statements that answer each other.</summary>
internal sealed class TwoStatementCatalog : DatasetCatalog
{
    public static readonly DocumentId DocumentId = new("doc");

    public TwoStatementCatalog()
    {
        Documents = [new Document(DocumentId, "Talks", "Example News", new DateOnly(2024, 1, 2), null, "doc.txt", 100)];
        Actors =
        [
            new Actor(new ActorId("alice"), "Alice", ActorKind.Person, [new Role(this, "Minister", new ActorId("ruritania"))], ["A."], null, DocumentId),
            new Actor(new ActorId("ruritania"), "Ruritania", ActorKind.State, [], [], "Q1", null),
        ];
        Statements =
        [
            Said("first", answers: "second", start: 40),
            Said("second", answers: "first", start: 10),
        ];
        Sanctions = [];
    }

    public override IReadOnlyList<Actor> Actors { get; }

    public override IReadOnlyList<Statement> Statements { get; }

    public override IReadOnlyList<Sanction> Sanctions { get; }

    public override IReadOnlyList<Document> Documents { get; }

    public override Actor? FindActor(ActorId id) => Actors.FirstOrDefault(a => a.Id == id);

    public override Statement? FindStatement(StatementId id) => Statements.FirstOrDefault(s => s.Id == id);

    public override Sanction? FindSanction(SanctionId id) => Sanctions.FirstOrDefault(s => s.Id == id);

    public override Document? FindDocument(DocumentId id) => Documents.FirstOrDefault(d => d.Id == id);

    private Statement Said(string id, string answers, int start) => new(
        this,
        new StatementId(id),
        new ActorId("alice"),
        null,
        [new ActorId("ruritania")],
        SpeechAct.Announce,
        StatementForm.Indirect,
        new DateOnly(2024, 1, 2),
        $"{id} summary",
        new Evidence(DocumentId, $"{id} words", "", "", start, start + 10, 1, 1),
        new StatementId(answers));
}
