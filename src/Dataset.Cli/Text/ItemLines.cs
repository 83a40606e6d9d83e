namespace Dataset.Cli.Text;

/// <summary>One line per record, for `list` and the summary: the id, then what a reader needs to recognise it.</summary>
internal static class ItemLines
{
    public static string Of(Document d) =>
        $"{d.Id}  {d.Title} ({d.Publisher}, {Names.Date(d.Published)}{(d.Dateline is null ? string.Empty : ", " + d.Dateline)})";

    public static string Of(Actor a)
    {
        var roles = a.Roles.Count == 0 ? string.Empty : "; " + string.Join("; ", a.Roles.Select(Names.Role));
        return $"{a.Id}  {a.Name} ({Names.Kebab(a.Kind)}{roles})";
    }

    public static string Of(Statement s)
    {
        var audience = s.Audience.Count == 0 ? string.Empty : " to " + string.Join(", ", s.Audience.Select(a => a.Name));
        var via = s.Via is { } v ? $" via {v.Name}" : string.Empty;
        var date = s.SaidOn is null ? string.Empty : $" on {Names.Date(s.SaidOn)}";
        return $"{s.Id}  {s.Speaker.Name} ({Names.Kebab(s.Act)}, {Names.Kebab(s.Form)}){audience}{via}{date}: {Names.Quote(s.Evidence.Exact)}";
    }

    public static string Of(Sanction s)
    {
        var date = s.Date is null ? string.Empty : $" on {Names.Date(s.Date)}";
        var reason = s.Reason is null ? string.Empty : $" for {s.Reason}";
        var proposer = s.Proposer is null ? string.Empty : $", proposed by {s.Proposer.Name}";
        return $"{s.Id}  {s.Imposer.Name} → {string.Join(", ", s.Targets.Select(t => t.Name))}: {Names.Kebab(s.Status)}{proposer}{date}{reason}: " +
            $"{Names.Quote(s.Evidence.Exact)}";
    }
}
