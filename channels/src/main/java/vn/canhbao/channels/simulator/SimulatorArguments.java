package vn.canhbao.channels.simulator;

/** The command line of a standalone Twilio (or Zalo) simulator: {@code --name value} pairs. */
record SimulatorArguments(
        int port, int latencyMillis, double failureRate, String accountSid, String authToken, String bindAddress) {

    static SimulatorArguments parse(String[] args) {
        SimulatorCommandLine line = SimulatorCommandLine.withPort(8089)
                .option("--account-sid", TwilioSimulator.DEFAULT_ACCOUNT_SID)
                .option("--auth-token", TwilioSimulator.DEFAULT_AUTH_TOKEN)
                .parse(args);
        return new SimulatorArguments(
                line.port(),
                line.latencyMillis(),
                line.failureRate(),
                line.value("--account-sid"),
                line.value("--auth-token"),
                line.bindAddress());
    }
}
