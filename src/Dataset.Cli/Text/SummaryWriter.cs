namespace Dataset.Cli.Text;

/// <summary>
/// The readable overview the tool prints with no arguments: counts, then every record grouped by kind; statements and sanctions in reading order.
/// </summary>
internal static class SummaryWriter
{
    public static void Write(TextWriter w, DatasetCatalog c)
    {
        w.WriteLine(
            $"Dataset: {Names.Plural(c.Documents.Count, "document")}, {Names.Plural(c.Actors.Count, "actor")}, " +
                $"{Names.Plural(c.Statements.Count, "statement")}, {Names.Plural(c.Sanctions.Count, "sanction")}");
        if (c.Documents.Count + c.Actors.Count == 0)
        {
            w.WriteLine("The dataset is empty: add annotations to seeds/ and build.");
            return;
        }

        Section(w, "Documents", c.Documents, d =>
        [
            $"{d.Title}",
            $"  {d.Outlet}, {Names.Date(d.Published)}" +
                $"{(d.Dateline is null ? string.Empty : ", " + d.Dateline)} · {Names.Language(d)} · " +
                $"{Names.Plural(c.StatementsIn(d).Count, "statement")}, {Names.Plural(c.SanctionsIn(d).Count, "sanction")} · [{d.Id}]",
        ]);

        var nameWidth = Math.Min(36, c.Actors.Select(a => a.Name.Length).DefaultIfEmpty(0).Max());
        var kindWidth = c.Actors.Select(a => Names.Kebab(a.Kind).Length).DefaultIfEmpty(0).Max();
        Section(w, "Actors", c.Actors, a =>
        [
            $"{a.Name.PadRight(nameWidth)}  {Names.Kebab(a.Kind).PadRight(kindWidth)}  {string.Join("; ", a.Roles.Select(Names.Role))}" +
                $"{(a.Roles.Count == 0 ? string.Empty : "  ")}[{a.Id}]",
        ]);

        Section(w, "Statements", ReadingOrder.Of(c.Statements), s =>
        [
            $"{s.Speaker.Name}{(s.Via is { } via ? $" (via {via.Name})" : string.Empty)} — {Names.Kebab(s.Act)}" +
                $"{(s.Audience.Count == 0 ? string.Empty : " → " + string.Join(", ", s.Audience.Select(a => a.Name)))}, {Names.Kebab(s.Form)}" +
                $"{(s.SaidOn is null ? string.Empty : ", " + Names.Date(s.SaidOn))}  [{s.Id}]",
            $"  {Names.Quote(s.Evidence.Exact)} (line {s.Evidence.StartLine})",
        ]);

        Section(w, "Sanctions", ReadingOrder.Of(c.Sanctions), s =>
        [
            $"{s.Imposer.Name} → {string.Join(", ", s.Targets.Select(t => t.Name))}: {Names.Kebab(s.Status)}" +
                $"{(s.Date is null ? string.Empty : ", " + Names.Date(s.Date))}  [{s.Id}]",
            .. s.Proposer is null ? Array.Empty<string>() : [$"  proposed by: {s.Proposer.Name}"],
            .. s.Reason is null ? Array.Empty<string>() : [$"  reason: {s.Reason}"],
            $"  {Names.Quote(s.Evidence.Exact)} (line {s.Evidence.StartLine})",
        ]);

        w.WriteLine();
        w.WriteLine("'dataset show ID' shows one record in full; 'dataset help' lists every command.");
    }

    private static void Section<T>(TextWriter w, string title, IReadOnlyList<T> items, Func<T, string[]> lines)
    {
        w.WriteLine();
        w.WriteLine($"{title} ({items.Count})");
        foreach (var item in items)
        {
            foreach (var line in lines(item))
            {
                w.WriteLine($"  {line}");
            }
        }
    }
}
