namespace Dataset.Tests.Records;

/// <summary>One record of each type with every field set, and for any field value another one and an equal copy.</summary>
internal static class FullRecords
{
    private static readonly Evidence Passage = new(TwoStatementCatalog.DocumentId, "words", "before ", " after", 40, 45, 3, 4);

    public static object Of(Type type) => Of(type, new TwoStatementCatalog());

    public static object Of(Type type, DatasetCatalog catalog) => type.Name switch
    {
        nameof(Statement) => new Statement(
            catalog,
            new StatementId("s"),
            new ActorId("alice"),
            new ActorId("bob"),
            [new ActorId("ruritania"), new ActorId("alice")],
            SpeechAct.ExpressConcern,
            StatementForm.Direct,
                new DateOnly(
                    2024, 1, 2), "a summary", Passage, new StatementId(
                        "r"), new SourceLocation("a.yaml", 5, 9), new StatementId("s1"), [new StatementId("s2")], [new StatementId("s3")],
                isStandingPosition: true, isDraft: true),
        nameof(Sanction) => new Sanction(
            catalog,
            new SanctionId("n"),
            new ActorId("ruritania"),
            [new ActorId("alice")],
            SanctionStatus.Imposed,
            "a reason",
            new DateOnly(2024, 1, 3),
            Passage,
            new SourceLocation("a.yaml", 7, 9),
                [
                    new SanctionProvision(ProvisionKind.AssetFreeze, null) { TargetIds = [new ActorId("alice")] },
                    new SanctionProvision(ProvisionKind.Other, "a levy")], "a programme", "a council", new DateOnly(2024, 1, 4), new DateOnly(2025, 1, 4),
                new ActorId("bob"), [new SanctionId("n2")], [new SanctionId("n3")], isDraft: true),
        nameof(Actor) => new Actor(
            new ActorId("alice"),
            "Alice",
            ActorKind.Person,
            [(Role)Of(typeof(Role), catalog)],
            ["A.", "Al"],
            "Q1",
            TwoStatementCatalog.DocumentId,
            new SourceLocation("a.yaml", 2, 9),
            isDraft: true)
        {
            SameAsIds = [new ActorId("alice-2")],
            MemberIds = [new ActorId("bob")],
        },
        nameof(Document) => new Document(
            TwoStatementCatalog.DocumentId,
            "Talks",
            "Example News",
            new DateOnly(2024, 1, 2),
            "Paris",
            "doc.txt",
            100,
            "https://example.org/a",
            new DateOnly(2024, 1, 5),
            new SourceLocation("a.yaml", 1, 7),
            wire: "Example Wire",
            language: "fr",
            isLanguageGuessed: true),
        nameof(Role) => new Role(catalog, "Minister", new ActorId("ruritania")),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not a record type."),
    };

    /// <summary>A value of the same type that is not equal to <paramref name="value"/>.</summary>
    public static object? Other(object? value) => value switch
    {
        string text => text + " (changed)",
        int number => number + 1,
        bool flag => !flag,
        DateOnly date => date.AddDays(1),
        Enum kind => Enum.GetValues(kind.GetType()).Cast<object>().First(v => !v.Equals(kind)),
        ActorId id => new ActorId(id.Value + "-changed"),
        StatementId id => new StatementId(id.Value + "-changed"),
        SanctionId id => new SanctionId(id.Value + "-changed"),
        DocumentId id => new DocumentId(id.Value + "-changed"),
        SourceLocation source => source with { Line = source.Line + 1 },
        Evidence evidence => evidence with { Start = evidence.Start + 1 },
        IReadOnlyList<ActorId> ids => ids.Append(new ActorId("added")).ToList(),
        IReadOnlyList<StatementId> ids => ids.Append(new StatementId("added")).ToList(),
        IReadOnlyList<SanctionId> ids => ids.Append(new SanctionId("added")).ToList(),
        IReadOnlyList<string> texts => texts.Append("added").ToList(),
        IReadOnlyList<Role> roles => roles.Select(r => r with { Title = r.Title + " (changed)" }).ToList(),
        IReadOnlyList<SanctionProvision> provisions => provisions.Skip(1).ToList(),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "No other value of this type."),
    };

    /// <summary>An equal value that is not the same object where it is one (lists become new lists of copies).</summary>
    public static object? Copy(object? value) => value switch
    {
        IReadOnlyList<ActorId> ids => ids.ToList(),
        IReadOnlyList<StatementId> ids => ids.ToList(),
        IReadOnlyList<SanctionId> ids => ids.ToList(),
        IReadOnlyList<string> texts => texts.Select(t => new string(t.AsSpan())).ToList(),
        IReadOnlyList<Role> roles => roles.Select(r => r with { }).ToList(),
        IReadOnlyList<SanctionProvision> provisions => provisions.Select(p => p with { }).ToList(),
        string text => new string(text.AsSpan()),
        Evidence evidence => evidence with { },
        _ => value,
    };
}
