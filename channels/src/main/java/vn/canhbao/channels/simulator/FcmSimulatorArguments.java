package vn.canhbao.channels.simulator;

/** The command line of a standalone FCM simulator: {@code --name value} pairs. */
record FcmSimulatorArguments(
        int port,
        int latencyMillis,
        double failureRate,
        String project,
        String accessToken,
        boolean acceptAnyToken,
        String bindAddress) {

    static FcmSimulatorArguments parse(String[] args) {
        int port = 8090;
        int latency = 0;
        double failureRate = 0;
        String project = FcmSimulator.DEFAULT_PROJECT;
        String accessToken = FcmSimulator.DEFAULT_ACCESS_TOKEN;
        boolean acceptAnyToken = true;
        String bind = "127.0.0.1";
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            String value = args[++i];
            switch (name) {
                case "--port" -> port = Integer.parseInt(value);
                case "--latency-ms" -> latency = Integer.parseInt(value);
                case "--failure-rate" -> failureRate = Double.parseDouble(value);
                case "--project" -> project = value;
                case "--access-token" -> accessToken = value;
                case "--accept-any-token" -> acceptAnyToken = Boolean.parseBoolean(value);
                case "--bind" -> bind = value;
                default ->
                    throw new IllegalArgumentException("unknown option " + name + "; use --port, --latency-ms,"
                            + " --failure-rate, --project, --access-token, --accept-any-token, --bind");
            }
        }
        return new FcmSimulatorArguments(port, latency, failureRate, project, accessToken, acceptAnyToken, bind);
    }
}
