namespace ZorgzameBuurt.Sim.Web.Live;

/// <summary>
/// Places agents for the network view: settlements on a circle, a settlement's streets on a sunflower spiral around
/// its centre, a street's residents on a small spiral around the street, professionals in a ring at their
/// settlement's centre. Deterministic; computed once per world.
/// </summary>
internal static class NeighbourhoodLayout
{
    private const double Golden = 2.399963229728653; // radians: the golden angle

    public static (float[] X, float[] Y) Of(World world)
    {
        var n = world.Residents.Count;
        var agents = n + world.Professionals.Count;
        var x = new float[agents];
        var y = new float[agents];
        var settlements = world.SettlementStreets.Length - 1;
        var centres = new (double X, double Y)[Math.Max(1, settlements)];
        for (var k = 0; k < settlements; k++)
        {
            var angle = 2 * Math.PI * k / settlements;
            var r = settlements == 1 ? 0 : 100 + 20 * settlements;
            centres[k] = (r * Math.Cos(angle), r * Math.Sin(angle));
        }
        for (var k = 0; k < settlements; k++)
        {
            var first = world.SettlementStreets[k];
            for (var s = first; s < world.SettlementStreets[k + 1]; s++)
            {
                var i = s - first;
                var (sx, sy) = Spiral(centres[k], 9, i);
                var lo = world.StreetStart[s];
                for (var id = lo; id < world.StreetStart[s + 1]; id++)
                {
                    var (px, py) = Spiral((sx, sy), 0.9, id - lo);
                    x[id] = (float)px;
                    y[id] = (float)py;
                }
            }
        }
        for (var p = 0; p < world.Professionals.Count; p++)
        {
            var k = Math.Min(world.Professionals.Settlement[p], centres.Length - 1);
            var angle = 2 * Math.PI * p / world.Professionals.Count;
            x[n + p] = (float)(centres[k].X + 4 * Math.Cos(angle));
            y[n + p] = (float)(centres[k].Y + 4 * Math.Sin(angle));
        }
        return (x, y);
    }

    private static (double X, double Y) Spiral((double X, double Y) centre, double step, int i)
    {
        var r = step * Math.Sqrt(i + 0.5);
        return (centre.X + r * Math.Cos(i * Golden), centre.Y + r * Math.Sin(i * Golden));
    }
}
