using Dataset.Annotations.Diagnostics;
using Dataset.Annotations.Model;

namespace Dataset.Annotations.Caching;

/// <summary>
/// An annotation's model (<see cref="AnnotationFile"/>: what parsing gives) in the cache's binary form and back.
/// Every field is written; <c>CacheCodecTests</c> fill every field of each type and compare the value read back.
/// </summary>
internal static class ModelCodec
{
    public static void Write(CacheWriter w, AnnotationFile file)
    {
        w.String(file.Path);
        w.Optional(file.Document, Document);
        w.List(file.Actors, Actor);
        w.List(file.Statements, Statement);
        w.List(file.Sanctions, Sanction);
        w.List(file.Unannotated, Located);
        w.List(file.Diagnostics, Diagnostic);
    }

    public static AnnotationFile ReadFile(CacheReader r) => new(
        r.Required(),
        r.Optional(Document),
        r.List(Actor),
        r.List(Statement),
        r.List(Sanction),
        r.List(Located),
        r.List(Diagnostic));

    public static void Location(CacheWriter w, LocationInfo location)
    {
        w.String(location.FilePath);
        w.Int(location.Start);
        w.Int(location.End);
        w.Int(location.StartLine);
        w.Int(location.StartColumn);
        w.Int(location.EndLine);
        w.Int(location.EndColumn);
    }

    public static LocationInfo Location(CacheReader r) => new(r.Required(), r.Int(), r.Int(), r.Int(), r.Int(), r.Int(), r.Int());

    public static void Diagnostic(CacheWriter w, DiagnosticInfo diagnostic)
    {
        w.String(diagnostic.Id);
        Location(w, diagnostic.Location);
        w.List(diagnostic.Arguments, Text);
        w.List(diagnostic.Fixes, Text);
        w.List(diagnostic.Edits, Edit);
    }

    public static DiagnosticInfo Diagnostic(CacheReader r) => new(r.Required(), Location(r), r.List(Text)) { Fixes = r.List(Text), Edits = r.List(Edit) };

    private static void Edit(CacheWriter w, FixEdit edit)
    {
        w.String(edit.Title);
        Location(w, edit.At);
        w.String(edit.Text);
    }

    private static FixEdit Edit(CacheReader r) => new(r.Required(), Location(r), r.Required());

    public static void Text(CacheWriter w, string value) => w.String(value);

    public static string Text(CacheReader r) => r.Required();

    public static void Key(CacheWriter w, RecordKey key)
    {
        w.Int((int)key.Kind);
        w.String(key.Id);
    }

    public static RecordKey Key(CacheReader r) => new(r.Enum<RecordKind>(), r.Required());

    private static void Located(CacheWriter w, Located located)
    {
        w.String(located.Value);
        Location(w, located.Location);
    }

    private static Located Located(CacheReader r) => new(r.Required(), Location(r));

    private static void Date(CacheWriter w, DateValue date)
    {
        w.Int(date.Year);
        w.Int(date.Month);
        w.Int(date.Day);
    }

    private static DateValue Date(CacheReader r) => new(r.Int(), r.Int(), r.Int());

    private static void Document(CacheWriter w, DocumentModel document)
    {
        Located(w, document.Id);
        w.String(document.Title);
        w.String(document.Publisher);
        Date(w, document.Published);
        w.String(document.Dateline);
        Located(w, document.TextFile);
        w.Bool(document.HasErrors);
        w.String(document.Url);
        w.Optional(document.Retrieved, Date);
        w.Optional(document.Wire, Located);
        w.String(document.Language);
    }

    private static DocumentModel Document(CacheReader r) =>
        new(Located(r), r.Required(), r.Required(), Date(r), r.String(), Located(r), r.Bool())
        {
            Url = r.String(), Retrieved = r.Optional(Date), Wire = r.Optional(Located), Language = r.String(),
        };

    private static void Actor(CacheWriter w, ActorModel actor)
    {
        Located(w, actor.Id);
        w.String(actor.Name);
        w.String(actor.Kind);
        w.List(actor.Roles, Role);
        w.List(actor.Aliases, Text);
        w.String(actor.Wikidata);
        w.Bool(actor.HasErrors);
        w.Bool(actor.IsDraft);
        w.List(actor.SameAs, Located);
        w.List(actor.DistinctFrom, Located);
        w.List(actor.Members, Located);
    }

    private static ActorModel Actor(CacheReader r) =>
        new(Located(r), r.Required(), r.Required(), r.List(Role), r.List(Text), r.String(), r.Bool(), r.Bool())
        {
            SameAs = r.List(Located),
            DistinctFrom = r.List(Located),
            Members = r.List(Located),
        };

    private static void Role(CacheWriter w, RoleModel role)
    {
        w.String(role.Title);
        w.Optional(role.Of, Located);
    }

    private static RoleModel Role(CacheReader r) => new(r.Required(), r.Optional(Located));

    private static void Statement(CacheWriter w, StatementModel statement)
    {
        Located(w, statement.Id);
        Located(w, statement.Speaker);
        w.Optional(statement.Via, Located);
        w.List(statement.Audience, Located);
        w.String(statement.Act);
        w.String(statement.Form);
        w.Optional(statement.SaidOn, Date);
        w.String(statement.Summary);
        Located(w, statement.Evidence);
        w.Optional(statement.RespondsTo, Located);
        w.Bool(statement.HasErrors);
        w.Bool(statement.IsDraft);
        w.List(statement.SameAs, Located);
        w.List(statement.DistinctFrom, Located);
        w.Optional(statement.Disagreement, Disagreement);
        w.Bool(statement.IsStandingPosition);
        w.Optional(statement.SameAsEntry, Location);
        w.Optional(statement.Restates, Located);
    }

    private static StatementModel Statement(CacheReader r) =>
        new(
            Located(r),
            Located(r),
            r.Optional(Located),
            r.List(Located),
            r.Required(),
            r.Required(),
            r.Optional(Date),
            r.String(),
            Located(r),
            r.Optional(Located),
            r.Bool(),
            r.Bool())
        {
            SameAs = r.List(Located),
            DistinctFrom = r.List(Located),
            Disagreement = r.Optional(Disagreement),
            IsStandingPosition = r.Bool(),
            SameAsEntry = r.Optional(Location),
            Restates = r.Optional(Located),
        };

    private static void Sanction(CacheWriter w, SanctionModel sanction)
    {
        Located(w, sanction.Id);
        Located(w, sanction.Imposer);
        w.List(sanction.Targets, Located);
        w.String(sanction.Status);
        w.String(sanction.Reason);
        w.Optional(sanction.Date, Date);
        Located(w, sanction.Evidence);
        w.Bool(sanction.HasErrors);
        w.Bool(sanction.IsDraft);
        w.List(sanction.Provisions, Provision);
        w.String(sanction.Program);
        w.String(sanction.Authority);
        w.Optional(sanction.Start, Date);
        w.Optional(sanction.End, Date);
        w.List(sanction.SameAs, Located);
        w.List(sanction.DistinctFrom, Located);
        w.Optional(sanction.Disagreement, Disagreement);
        w.Optional(sanction.Proposer, Located);
    }

    private static SanctionModel Sanction(CacheReader r) =>
        new(Located(r), Located(r), r.List(Located), r.Required(), r.String(), r.Optional(Date), Located(r), r.Bool(), r.Bool())
        {
            Provisions = r.List(Provision),
            Program = r.String(),
            Authority = r.String(),
            Start = r.Optional(Date),
            End = r.Optional(Date),
            SameAs = r.List(Located),
            DistinctFrom = r.List(Located),
            Disagreement = r.Optional(Disagreement),
            Proposer = r.Optional(Located),
        };

    private static void Provision(CacheWriter w, ProvisionModel provision)
    {
        w.String(provision.Kind);
        w.String(provision.Text);
        w.List(provision.Targets, Located);
    }

    private static ProvisionModel Provision(CacheReader r) => new(r.Required(), r.String()) { Targets = r.List(Located) };

    private static void Disagreement(CacheWriter w, DisagreementBlock block)
    {
        Location(w, block.Record);
        Location(w, block.Block);
        w.List(block.Entries, DisagreementEntry);
    }

    private static DisagreementBlock Disagreement(CacheReader r) => new(Location(r), Location(r), r.List(DisagreementEntry));

    private static void DisagreementEntry(CacheWriter w, DisagreementEntry entry)
    {
        w.String(entry.Field);
        Location(w, entry.Entry);
        w.Optional(entry.A, Location);
        w.Optional(entry.B, Location);
        w.Optional(entry.Current, Location);
        w.String(entry.OnlyIn);
    }

    private static DisagreementEntry DisagreementEntry(CacheReader r) =>
        new(r.Required(), Location(r), r.Optional(Location), r.Optional(Location), r.Optional(Location), r.String());
}
