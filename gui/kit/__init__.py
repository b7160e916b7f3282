"""What every section is built from: the section base, inputs, messages, read-outs, plots,
number formatting, contours and the one worker for long jobs."""
