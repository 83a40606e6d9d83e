using System.Text;

namespace Dataset.Cli.Tests;

/// <summary>A strict RFC 4180 reader for the tests, written apart from the exporter so that it checks the quoting.</summary>
internal static class CsvReader
{
    public static List<string[]> Read(string csv)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < csv.Length)
        {
            if (csv[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= csv.Length)
                    {
                        throw new FormatException("Unterminated quoted field.");
                    }

                    if (csv[i] == '"')
                    {
                        if (i + 1 < csv.Length && csv[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(csv[i++]);
                }
            }

            while (i < csv.Length && csv[i] != ',' && csv[i] != '\r')
            {
                if (csv[i] is '"' or '\n')
                {
                    throw new FormatException($"Unquoted {(csv[i] == '"' ? "quote" : "line feed")} at {i}.");
                }

                field.Append(csv[i++]);
            }

            row.Add(field.ToString());
            field.Clear();
            if (i < csv.Length && csv[i] == ',')
            {
                i++;
                continue;
            }

            if (i + 1 >= csv.Length || csv[i + 1] != '\n')
            {
                throw new FormatException($"A record must end with CRLF (at {i}).");
            }

            i += 2;
            rows.Add([.. row]);
            row.Clear();
        }

        return rows;
    }
}
