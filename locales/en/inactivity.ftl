# Accounts nobody uses: the warning mail after two years without signing in, and its entry in
# the list of what Silta keeps.
mail-inactive-warning-subject = Your Silta account will be erased unless you sign in
mail-inactive-warning-intro = Nobody has signed in to your Silta account for two years. To protect your data, we will erase the account on { $when } unless you sign in before then.
mail-inactive-warning-button = Sign in to keep my account
mail-inactive-warning-outro = If you no longer need Silta, you need to do nothing: your account and your data will be erased.
privacy-kind-inactivity = Warnings about unused accounts
privacy-purpose-of-inactivity = Records that we warned you before erasing an account nobody had signed in to for two years.
