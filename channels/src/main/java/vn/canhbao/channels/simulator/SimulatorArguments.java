package vn.canhbao.channels.simulator;

/** The command line of a standalone simulator: {@code --name value} pairs. */
record SimulatorArguments(
        int port, int latencyMillis, double failureRate, String accountSid, String authToken, String bindAddress) {

    static SimulatorArguments parse(String[] args) {
        int port = 8089;
        int latency = 0;
        double failureRate = 0;
        String accountSid = TwilioSimulator.DEFAULT_ACCOUNT_SID;
        String authToken = TwilioSimulator.DEFAULT_AUTH_TOKEN;
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
                case "--account-sid" -> accountSid = value;
                case "--auth-token" -> authToken = value;
                case "--bind" -> bind = value;
                default ->
                    throw new IllegalArgumentException("unknown option " + name
                            + "; use --port, --latency-ms, --failure-rate, --account-sid, --auth-token, --bind");
            }
        }
        return new SimulatorArguments(port, latency, failureRate, accountSid, authToken, bind);
    }
}
