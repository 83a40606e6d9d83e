using System.Reflection;

namespace Dataset.Tests.Records;

/// <summary>
/// The records' public shape, which apps and generated code compile against: each constructor as C# declares it, each
/// property with its type, every data property part of equality and hashing (the source location and the catalog not),
/// and the text a record prints with every field set.
/// </summary>
public class RecordShapeTests
{
    private static readonly Type[] Types = [typeof(Actor), typeof(Statement), typeof(Sanction), typeof(Document), typeof(Role)];

    public static TheoryData<Type> RecordTypes => new(Types);

    [Fact]
    public void The_constructors_keep_their_parameters_order_and_defaults()
    {
        Assert.Equal(
            [
                "Actor(ActorId id, string name, ActorKind kind, IReadOnlyList<Role> roles, IReadOnlyList<string> aliases, string? wikidata, "
                    + "DocumentId? introducedIn, SourceLocation source = default, bool isDraft = false)",
                "Document(DocumentId id, string title, string publisher, DateOnly published, string? dateline, string textFile, int textLength, "
                    + "SourceLocation source = default)",
                "Document(DocumentId id, string title, string publisher, DateOnly published, string? dateline, string textFile, int textLength, string? url, "
                    + "DateOnly? retrieved, SourceLocation source = default, string? wire = null, string? language = null, bool isLanguageGuessed = false)",
                "Role(DatasetCatalog catalog, string title, ActorId? of)",
                "Sanction(DatasetCatalog catalog, SanctionId id, ActorId imposer, IReadOnlyList<ActorId> targets, SanctionStatus status, string? reason, "
                    + "DateOnly? date, Evidence evidence, SourceLocation source = default, IReadOnlyList<SanctionProvision>? provisions = null, "
                    + "string? program = null, string? authority = null, DateOnly? start = null, DateOnly? end = null, ActorId? proposer = null, "
                    + "IReadOnlyList<SanctionId>? sameAs = null, IReadOnlyList<SanctionId>? distinctFrom = null, bool isDraft = false)",
                "Statement(DatasetCatalog catalog, StatementId id, ActorId speaker, ActorId? via, IReadOnlyList<ActorId> audience, SpeechAct act, "
                    + "StatementForm form, DateOnly? saidOn, string? summary, Evidence evidence, StatementId? respondsTo, SourceLocation source = default, "
                    + "StatementId? restates = null, IReadOnlyList<StatementId>? sameAs = null, IReadOnlyList<StatementId>? distinctFrom = null, "
                    + "bool isStandingPosition = false, bool isDraft = false)",
            ],
            Types.SelectMany(t => t.GetConstructors().Select(Declaration)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_properties_keep_their_names_types_and_setters()
    {
        Assert.Equal(
            [
                "Actor: ActorId Id { get; init; }, string Name { get; init; }, ActorKind Kind { get; init; }, IReadOnlyList<Role> Roles { get; init; }, "
                    + "IReadOnlyList<string> Aliases { get; init; }, string? Wikidata { get; init; }, DocumentId? IntroducedIn { get; init; }, "
                    + "bool IsDraft { get; init; }, IReadOnlyList<ActorId> SameAsIds { get; init; }, IReadOnlyList<ActorId> MemberIds { get; init; }, "
                    + "SourceLocation Source { get; init; }",
                "Document: DocumentId Id { get; init; }, string Title { get; init; }, string Publisher { get; init; }, DateOnly Published { get; init; }, "
                    + "string? Dateline { get; init; }, string TextFile { get; init; }, int TextLength { get; init; }, string? Url { get; init; }, "
                    + "DateOnly? Retrieved { get; init; }, string? Wire { get; init; }, string? Language { get; init; }, "
                    + "bool IsLanguageGuessed { get; init; }, "
                    + "string OriginalSource { get; }, string Outlet { get; }, SourceLocation Source { get; init; }",
                "Role: string Title { get; init; }, ActorId? OfId { get; init; }, Actor? Of { get; }",
                "Sanction: SanctionId Id { get; init; }, ActorId ImposerId { get; init; }, Actor Imposer { get; }, "
                    + "IReadOnlyList<ActorId> TargetIds { get; init; }, IReadOnlyList<Actor> Targets { get; }, SanctionStatus Status { get; init; }, "
                    + "string? Reason { get; init; }, DateOnly? Date { get; init; }, Evidence Evidence { get; init; }, Document Document { get; }, "
                    + "IReadOnlyList<SanctionProvision> Provisions { get; init; }, string? Program { get; init; }, string? Authority { get; init; }, "
                    + "DateOnly? Start { get; init; }, DateOnly? End { get; init; }, ActorId? ProposerId { get; init; }, Actor? Proposer { get; }, "
                    + "IReadOnlyList<SanctionId> SameAsIds { get; init; }, IReadOnlyList<SanctionId> DistinctFromIds { get; init; }, "
                    + "SanctionEvent Event { get; }, bool IsDraft { get; init; }, SourceLocation Source { get; init; }",
                "Statement: StatementId Id { get; init; }, ActorId SpeakerId { get; init; }, Actor Speaker { get; }, ActorId? ViaId { get; init; }, "
                    + "Actor? Via { get; }, IReadOnlyList<ActorId> AudienceIds { get; init; }, IReadOnlyList<Actor> Audience { get; }, "
                    + "SpeechAct Act { get; init; }, StatementForm Form { get; init; }, DateOnly? SaidOn { get; init; }, string? Summary { get; init; }, "
                    + "Evidence Evidence { get; init; }, Document Document { get; }, StatementId? RespondsToId { get; init; }, "
                    + "Statement? RespondsTo { get; }, StatementId? RestatesId { get; init; }, Statement? Restates { get; }, "
                    + "IReadOnlyList<StatementId> SameAsIds { get; init; }, "
                    + "IReadOnlyList<StatementId> DistinctFromIds { get; init; }, StatementEvent Event { get; }, bool IsStandingPosition { get; init; }, "
                    + "bool IsDraft { get; init; }, SourceLocation Source { get; init; }",
            ],
            Types.Select(t => t.Name + ": " + string.Join(", ", Properties(t).Select(Declaration))).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(RecordTypes))]
    public void Every_data_property_takes_part_in_equality_and_hashing_and_the_source_does_not(Type type)
    {
        var record = FullRecords.Of(type);

        foreach (var property in Properties(type).Where(p => p.SetMethod is not null))
        {
            var changed = With(record, property, FullRecords.Other(property.GetValue(record)));
            var same = With(record, property, FullRecords.Copy(property.GetValue(record)));

            Assert.Equal(record, same);
            Assert.Equal(record.GetHashCode(), same.GetHashCode());
            if (property.PropertyType == typeof(SourceLocation))
            {
                Assert.Equal(record, changed);
                Assert.Equal(record.GetHashCode(), changed.GetHashCode());
            }
            else
            {
                Assert.False(record.Equals(changed), $"{type.Name}.{property.Name} does not take part in equality.");
                Assert.NotEqual(record.GetHashCode(), changed.GetHashCode());
            }
        }
    }

    [Fact]
    public void Records_of_two_catalogs_with_the_same_data_are_equal()
    {
        foreach (var type in Types)
        {
            Assert.Equal(FullRecords.Of(type, new TwoStatementCatalog()), FullRecords.Of(type, new TwoStatementCatalog()));
        }
    }

    [Fact]
    public void A_record_with_every_field_set_prints_each_field_and_other_records_as_ids()
    {
        Assert.Equal(
            "Statement { Id = s, SpeakerId = alice, ViaId = bob, AudienceIds = [ruritania, alice], Act = ExpressConcern, Form = Direct, SaidOn = 2024-01-02, " +
                "Summary = a summary, "
            + "Evidence = Evidence { Document = doc, Exact = words, Prefix = before , Suffix =  after, Start = 40, End = 45, StartLine = 3, EndLine = 4 }, " +
                "RespondsToId = r, RestatesId = s1, SameAsIds = [s2], DistinctFromIds = [s3], IsStandingPosition = true, IsDraft = true }",
            FullRecords.Of(typeof(Statement)).ToString());
        Assert.Equal(
            "Sanction { Id = n, ImposerId = ruritania, TargetIds = [alice], Status = Imposed, Reason = a reason, Date = 2024-01-03, "
            + "Evidence = Evidence { Document = doc, Exact = words, Prefix = before , Suffix =  after, Start = 40, End = 45, StartLine = 3, EndLine = 4 }, " +
                "Provisions = [asset-freeze, a levy], Program = a programme, "
            + "Authority = a council, Start = 2024-01-04, End = 2025-01-04, ProposerId = bob, SameAsIds = [n2], DistinctFromIds = [n3], IsDraft = true }",
            FullRecords.Of(typeof(Sanction)).ToString());
        Assert.Equal(
            "Actor { Id = alice, Name = Alice, Kind = Person, Roles = [Role { Title = Minister, OfId = ruritania }], Aliases = [A., Al], Wikidata = Q1, " +
                "IntroducedIn = doc, IsDraft = true, SameAsIds = [alice-2], MemberIds = [bob] }",
            FullRecords.Of(typeof(Actor)).ToString());
        Assert.Equal(
            "Document { Id = doc, Title = Talks, Publisher = Example News, Published = 2024-01-02, Dateline = Paris, TextFile = doc.txt, TextLength = 100, " +
                "Url = https://example.org/a, Retrieved = 2024-01-05, Wire = Example Wire, Language = fr, IsLanguageGuessed = true }",
            FullRecords.Of(typeof(Document)).ToString());
        Assert.Equal("Role { Title = Minister, OfId = ruritania }", FullRecords.Of(typeof(Role)).ToString());
    }

    /// <summary>The public instance properties in declaration order.</summary>
    private static IEnumerable<PropertyInfo> Properties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.Name != "EqualityContract").OrderBy(p => p.MetadataToken);

    /// <summary>A copy of the record (as <c>with</c> makes it) with one property set.</summary>
    private static object With(object record, PropertyInfo property, object? value)
    {
        var copy = record.GetType().GetMethod("<Clone>$")!.Invoke(record, null)!;
        property.SetValue(copy, value);
        return copy;
    }

    private static string Declaration(ConstructorInfo constructor) =>
        constructor.DeclaringType!.Name + "(" + string.Join(", ", constructor.GetParameters().Select(Declaration)) + ")";

    private static string Declaration(ParameterInfo parameter) =>
        TypeName(parameter.ParameterType, new NullabilityInfoContext().Create(parameter)) + " " + parameter.Name
        + (parameter.HasDefaultValue
            ? " = "
                + (parameter.DefaultValue switch { null => parameter.ParameterType.IsValueType && Nullable.GetUnderlyingType(parameter.ParameterType) is null
                    ? "default"
                    : "null", false => "false", var other => other.ToString() })
            : string.Empty);

    private static string Declaration(PropertyInfo property) =>
        TypeName(property.PropertyType, new NullabilityInfoContext().Create(property)) + " " + property.Name
        + (property.SetMethod is null ? " { get; }" : " { get; init; }");

    private static string TypeName(Type type, NullabilityInfo nullability)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return TypeName(underlying, nullability) + "?";
        }

        var name = type switch
        {
            _ when type == typeof(string) => "string",
            _ when type == typeof(int) => "int",
            _ when type == typeof(bool) => "bool",
            { IsGenericType: true } => type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]
                + "<"
                + TypeName(type.GetGenericArguments()[0], nullability.GenericTypeArguments[0])
                + ">",
            _ => type.Name,
        };
        return !type.IsValueType && nullability.ReadState == NullabilityState.Nullable ? name + "?" : name;
    }
}
