"""The spaCy pipeline: a blank English tokenizer, fixed for money, plus rule components."""
