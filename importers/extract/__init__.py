"""Reading facts out of article text: amounts, dates, sentences, organisations, facts."""
