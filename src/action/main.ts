// GitHub Action entry: placeholder until the Action lands (issue 5).
export {};
