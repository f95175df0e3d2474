using FsCheck;
using FsCheck.Fluent;

namespace ZorgzameBuurt.Sim.Tests.Cli.Reliability;

/// <summary>
/// Property test over the option parser: any command with any mix of options and values (numbers out of range,
/// non-numbers, huge, empty, unicode) exits 0, 1 or 2 with a reason and never a stack trace. Worlds stay tiny (400
/// residents, at most 3 days); storing commands get an --out that is a file, so they stop after every check and before any run.
/// </summary>
public sealed class OptionPropertyTests : CliHarness
{
    private static readonly string[] Numbers = ["-1", "0", "1", "2", "3", "abc", "1e3", "", "99999999999", "2147483648", "٣", " 2", "0x10", "1.5"];

    private static Gen<string[]> Options(string command)
    {
        var common = new List<Gen<string[]>>
        {
            Gen.Elements(Numbers).Select(v => new[] { "--reps", v }),
            Gen.Elements(Numbers).Select(v => new[] { "--threads", v }),
            Gen.Elements(Numbers).Select(v => new[] { "--seed", v }),
            Gen.Elements("population.inhabitants=1e9", "days=0", "seed=-1", "x=1", "=", "mix=restaurant+restaurant", "population.inhabitants=400")
                .Select(v => new[] { "--set", v }),
            Gen.Elements("--yes", "--resume", "--json", "--frobnicate").Select(v => new[] { v }),
        };
        if (command == "patterns")
        {
            common.Add(Gen.Elements(Numbers).Select(v => new[] { "--residents", v }));
            common.Add(Gen.Elements("1", "99", ",", "").Select(v => new[] { "--only", v }));
        }
        if (command == "sweep")
        {
            common.Add(Gen.Elements(Numbers).Select(v => new[] { "--samples", v }));
            common.Add(Gen.Elements(Numbers).Select(v => new[] { "--levels", v }));
            common.Add(Gen.Elements("grid", "lhs", "morris", "x").Select(v => new[] { "--design", v }));
            common.Add(Gen.Elements("parameters.contact.per_day=1..6", "a=1..2", "parameters.contact.per_day=1e400..2").Select(v => new[] { "--vary", v }));
        }
        if (command is "run" or "sweep") common.Add(Gen.Elements("restaurant", "restaurant+restaurant", "+", "baseline+baseline").Select(v => new[] { "--mix", v }));
        if (command == "compare") common.Add(Gen.Elements("baseline;restaurant", ";", "a;a", "restaurant+restaurant").Select(v => new[] { "--mixes", v }));
        var scenario = Gen.Elements("rural-deeldorp", "no-such", "/", "", "-x", "\0", "ü.yaml", "urban-mixed").Select(v => new[] { v });
        // --days is always given, and never a valid horizon of more than 3 days: no generated command simulates long
        // (patterns need 360 days, so they always stop at the check).
        var days = Gen.Elements("-1", "0", "1", "3", "abc", "36501", "99999999999", "").Select(v => new[] { "--days", v });
        return from rest in Combine([scenario, .. common])
               from d in days
               select (string[])[.. rest, .. d];
    }

    /// <summary>Each option present (one time in three) or not, in the given order.</summary>
    private static Gen<string[]> Combine(IReadOnlyList<Gen<string[]>> options) =>
        options.Aggregate(Gen.Constant(Array.Empty<string>()), (sofar, option) =>
            from head in sofar
            from present in Gen.Choose(0, 2)
            from tail in option
            select present == 0 ? (string[])[.. head, .. tail] : head);

    [Fact]
    public void Zbsim_RandomOptions_ExitZeroOneOrTwoWithoutStackTrace()
    {
        var blocker = Path.Combine(Root, "a-file");
        File.WriteAllText(blocker, "not a folder");
        var storing = from command in Gen.Elements("run", "compare", "sweep", "patterns")
                      from options in Options(command)
                      select (string[])[command, .. options, "--set", "population.inhabitants=400", .. command == "patterns" ? [] : new[] { "--out", blocker }];
        var reading = from command in Gen.Elements("validate", "report")
                      from argument in Gen.Elements("rural-deeldorp", "/", "", "\0", Root, blocker, "no-such.yaml")
                      select new[] { command, argument };
        var cases = Gen.Frequency((5, storing), (1, reading));
        var config = Config.QuickThrowOnFailure.WithMaxTest(150).WithQuietOnSuccess(true);
        Check.One(config, Prop.ForAll(cases.ToArbitrary(), args =>
        {
            var (exit, _, stderr) = Zbsim(args);
            return exit is 0 or 1 or 2
                && !stderr.Contains("   at ", StringComparison.Ordinal)
                && !stderr.Contains("Exception", StringComparison.Ordinal)
                && (exit == 0 || stderr.Length > 0);
        }));
    }
}
