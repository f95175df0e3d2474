using System.CommandLine;

namespace ZorgzameBuurt.Sim.Cli.Commands;

/// <summary>Wires <see cref="ValidateCommand"/> into the command line.</summary>
internal static class ValidateCliCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("file") { Description = "Scenario file (or preset name) to check." };
        var command = new Command("validate", "Check a scenario file; print every problem as file:line:column: field: message.") { file };
        command.SetAction(result => ValidateCommand.Run(result.GetValue(file)!, stdout, stderr));
        return command;
    }
}
