using System.Text.RegularExpressions;

namespace Dataset.Cli.Tests;

/// <summary>`show` and `list --long` say where each record is declared, as path:line:col of its id.</summary>
public partial class SourceLocationCliTests
{
    [Fact]
    public void Show_prints_the_yaml_path_with_the_line_and_column_of_the_id()
    {
        var result = CliRun.Run("show", "lloyd-austin");

        Assert.Equal(0, result.ExitCode);
        var declared = Assert.Single(result.OutputLines, l => l.StartsWith("  declared at:", StringComparison.Ordinal));
        var location = DeclaredAt().Match(declared);
        Assert.True(location.Success, declared);
        SeedAnnotation.AssertIsTheSeedAnnotation(location.Groups["path"].Value);
        var (line, column) = SeedAnnotation.LineAndColumnOf("  - id: lloyd-austin");
        Assert.Equal(line, int.Parse(location.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(column, int.Parse(location.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("actors")]
    [InlineData("statements")]
    [InlineData("sanctions")]
    [InlineData("documents")]
    public void List_long_starts_every_line_with_where_the_record_is_declared(string kind)
    {
        var plain = CliRun.Run("list", kind).OutputLines;
        var withSource = CliRun.Run("list", kind, "--long").OutputLines;

        Assert.Equal(plain.Length, withSource.Length);
        for (var i = 0; i < plain.Length; i++)
        {
            var location = LineStart().Match(withSource[i]);
            Assert.True(location.Success, withSource[i]);
            Assert.Equal(plain[i], withSource[i][location.Length..]);
            var id = plain[i][..plain[i].IndexOf("  ", StringComparison.Ordinal)];
            var file = File.ReadAllLines(SeedAnnotation.Resolve(location.Groups["path"].Value));
            var line = file[int.Parse(location.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture) - 1];
            Assert.Equal(id, line[(int.Parse(location.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture) - 1)..]);
        }
    }

    [GeneratedRegex(@"^  declared at:\s+(?<path>.+\.yaml):(?<line>\d+):(?<column>\d+)$")]
    private static partial Regex DeclaredAt();

    [GeneratedRegex(@"^(?<path>[^ ]+\.yaml):(?<line>\d+):(?<column>\d+)  ")]
    private static partial Regex LineStart();
}
