using Dataset.Annotations;
using Dataset.Annotations.Drafting;
using Dataset.Cli.Import;
using Dataset.Cli.Invocation;

namespace Dataset.Cli.Commands;

/// <summary>
/// `dataset import FORMAT INPUT… --output DIR`: another tool's annotations (Label Studio JSON, brat standoff,
/// INCEpTION's UIMA CAS JSON) as annotations of this dataset, every entry marked <c>draft: true</c>, each article's
/// text saved beside its annotation. Never replaces a file without --force; checks the folder afterwards as `validate` does.
/// </summary>
internal static class ImportCommand
{
    public static readonly string[] Formats = ["labelstudio", "brat", "inception"];

    public static Command Create(CommonOptions common)
    {
        var format = new Argument<string>("FORMAT")
        {
            Description = "labelstudio (JSON export), brat (.ann beside .txt, or a folder of them) or inception (UIMA CAS JSON)",
        };
        format.AcceptOnlyFromAmong(Formats);
        var inputs = new Argument<string[]>("INPUT") { Description = "The exported files (or, for brat, folders)", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--output", "-o")
        {
            Description = "The folder to write the article texts and annotations to",
            HelpName = "DIR",
            Required = true,
        };
        var force = new Option<bool>("--force") { Description = "Replace an article text or annotation that exists" };
        var publisher = new Option<string?>("--publisher") { Description = "The publisher of articles whose source and name give none", HelpName = "NAME" };
        var published = new Option<string?>("--published")
        {
            Description = "The publication date (YYYY-MM-DD) of articles whose source and name give none",
            HelpName = "DATE",
        };
        var command = new Command("import", "Another tool's annotations as draft annotations of this dataset, each article's text beside its annotation.")
        {
            format, inputs, output, force, publisher, published,
        };
        command.SetAction(result => Run(
            result.GetRequiredValue(format),
            result.GetRequiredValue(inputs),
            result.GetRequiredValue(output),
            result.GetValue(force),
            new ImportDefaults(result.GetValue(publisher), result.GetValue(published)),
            result,
            common));
        return command;
    }

    private static int Run(string format, string[] inputs, string output, bool force, ImportDefaults defaults, ParseResult parse, CommonOptions common)
    {
        var context = common.Context;
        var progress = common.ProgressFor(parse);
        var problems = new ImportProblems();
        var folder = Path.GetFullPath(output);
        var book = Book(folder, progress);
        var written = new List<ImportedAnnotation>();
        foreach (var input in inputs)
        {
            if (!File.Exists(input) && !(format == "brat" && Directory.Exists(input)))
            {
                problems.Add(input, format == "brat" ? "no such file or folder" : "no such file; give the exported JSON file");
                continue;
            }

            foreach (var (read, source) in Read(format, input, problems))
            {
                var article = read with { Name = SafeName(read.Name) };
                var text = Path.Combine(folder, article.Name + ".txt");
                var yaml = Path.Combine(folder, article.Name + ".yaml");
                if (!force && (File.Exists(text) || File.Exists(yaml)) || written.Any(w => w.Article.Name == article.Name))
                {
                    var why = written.Any(w => w.Article.Name == article.Name)
                        ? "a second article of this name"
                        : $"'{(File.Exists(yaml) ? yaml : text)}' exists; give --force to replace it";
                    problems.Add(source, $"{article.Name}: {why}; the article is left out");
                    continue;
                }

                var checkedArticle = article with { Meta = ArticleImport.Checked(article.Meta, source, problems) };
                if (ArticleImport.Map(checkedArticle, book, defaults, source, problems) is not { } annotation)
                {
                    continue;
                }

                annotation = annotation with { DocumentId = book.Ids.Make(annotation.DocumentId, "article") };
                WholeFile.Write(text, stream => stream.Write(article.OriginalBytes ?? new System.Text.UTF8Encoding(false).GetBytes(article.Text)));
                WholeFile.WriteText(yaml, w => w.Write(ImportedYaml.For(annotation, article.Name + ".txt", format, source)));
                written.Add(annotation);
                context.Output.WriteLine(
                    $"wrote {yaml}: {annotation.Draft.Actors.Count} actor(s), {annotation.Draft.Statements.Count} statement(s), " +
                        $"{annotation.Draft.Sanctions.Count} sanction(s), each 'draft: true'");
            }
        }

        foreach (var problem in problems.Lines)
        {
            context.Error.WriteLine(problem);
        }

        var errors = written.Count == 0 ? 0 : Validate(folder, context, progress);
        context.Output.WriteLine(
            $"import: {written.Count} article(s) written to {folder}, {problems.Lines.Count} problem(s) in the input, {errors} annotation error(s) in the " +
                "folder");
        return problems.Lines.Count == 0 && errors == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }

    private static IEnumerable<(ImportedArticle Article, string Source)> Read(string format, string input, ImportProblems problems) => format switch
    {
        "brat" => BratReader.Files(input).Select(ann => (BratReader.Read(ann, problems), ann)).Where(p => p.Item1 is not null).Select(p => (p.Item1!, p.ann)),
        "labelstudio" => LabelStudioReader.Read(input, problems).Select(a => (a, input)),
        _ => InceptionReader.Read(input, problems).Select(a => (a, input)),
    };

    /// <summary>
    /// A name a source gives (a Label Studio task's <c>data.name</c>) as a file name inside the output folder: letters,
    /// digits, <c>-</c>, <c>_</c> and <c>.</c> kept, anything else (a path separator, <c>..</c>) made a dash.
    /// </summary>
    private static string SafeName(string name)
    {
        var safe = new string(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-').ToArray()).Trim('.', '-');
        return safe.Replace("..", "-", StringComparison.Ordinal) is { Length: > 0 } kept ? kept : "article";
    }

    /// <summary>The folder's actors and ids, so an import refers to actors it already has and takes no id twice.</summary>
    private static ActorBook Book(string folder, Progress progress)
    {
        if (!Directory.Exists(folder))
        {
            return new ActorBook([], new DraftIds([]));
        }

        var result = AnnotationReader.Read(AnnotationFolder.ReadFiles(folder, "import", progress), folder);
        var catalog = new RecordDataCatalog(result.HasErrors ? [] : result.Files.Select(f => f.Data));
        var ids = catalog.Documents.Select(d => d.Id.Value)
            .Concat(catalog.Actors.Select(a => a.Id.Value))
            .Concat(catalog.Statements.Select(s => s.Id.Value))
            .Concat(catalog.Sanctions.Select(s => s.Id.Value));
        return new ActorBook(catalog.Actors.Select(a => (a.Id.Value, a.Name, (IEnumerable<string>)a.Aliases)), new DraftIds(ids));
    }

    /// <summary>The build's checks on the folder written; errors are printed as `validate` prints them (the draft warnings are expected and not).</summary>
    private static int Validate(string folder, CliContext context, Progress progress)
    {
        var contents = AnnotationFolder.Read(folder, "import", progress);
        foreach (var problem in contents.Result.Problems.Where(p => p.IsError))
        {
            context.Error.WriteLine(AnnotationFolder.Format(problem));
        }

        return contents.Result.Problems.Count(p => p.IsError);
    }
}
